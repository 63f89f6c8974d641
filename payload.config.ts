import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Language } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { ko } from '@payloadcms/translations/languages/ko'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isAdmin } from './access/isAdmin'
import { AlertSubscribers } from './collections/AlertSubscribers'
import { Areas } from './collections/Areas'
import { indexPublishedInLocale } from './collections/contentCollection'
import { Enquiries } from './collections/Enquiries'
import { EnquiryReplies } from './collections/EnquiryReplies'
import { Funds } from './collections/Funds'
import { Industries } from './collections/Industries'
import { MeetingBookings } from './collections/MeetingBookings'
import { MeetingSlots } from './collections/MeetingSlots'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Outbox } from './collections/Outbox'
import { Partners } from './collections/Partners'
import { indexProjectLists, Projects } from './collections/Projects'
import { RcepServices } from './collections/RcepServices'
import { ReplyTemplates } from './collections/ReplyTemplates'
import { CONTENT_COLLECTION_SLUGS } from './collections/slugs'
import { TalentPolicies } from './collections/TalentPolicies'
import { Users } from './collections/Users'
import { ADMIN_ICONS } from './lib/admin/icons'
import { ENQUIRY_REPORT_PATH } from './lib/enquiries/report'
import { Home } from './globals/Home'
import { Living } from './globals/Living'
import { Site } from './globals/Site'
import { failFastAfterTimeouts } from './lib/db/failFast'
import { logIdleConnectionErrors } from './lib/db/poolErrors'
import { databasePoolOptions } from './lib/db/poolOptions'
import { readReplicaUris } from './lib/db/readReplicas'
import { graphqlQueryLimitRules } from './lib/graphql/queryLimits'
import { answerMalformedInputWithBadRequest } from './lib/http/malformedInputErrors'
import { DEFAULT_LOCALE, type Locale, LOCALES } from './lib/i18n/locales'
import { smtpEmailAdapter } from './lib/email/smtp'
import { declareEnquiryIntakeTable } from './lib/enquiries/intakeTable'
import { declareAlertDeliveriesTable } from './lib/alerts/deliveriesTable'
import { holdsJobRunnerLock } from './lib/jobs/jobRunnerLock'
import { PUBLISHING_SCHEDULE_PATH } from './lib/jobs/publishingSchedule'
import { sendFollowUpsTask } from './lib/jobs/sendFollowUps'
import { sendRemindersTask } from './lib/jobs/sendReminders'
import { sendOutboxTask } from './lib/jobs/sendOutbox'
import { queueAlertsTask, sendAlertDigestsTask } from './lib/jobs/sendAlerts'
import { storeEnquiryIntakeTask } from './lib/jobs/storeEnquiryIntake'
import { LIVE_PREVIEW_COLLECTIONS, LIVE_PREVIEW_GLOBALS, previewUrl } from './lib/preview'
import { declareSearchTable } from './lib/search/table'
import { measureMetaByWidth } from './lib/seo/metaFields'
import { trustedOrigins } from './lib/seo/siteUrl'
import { mediaStorage } from './lib/storage/mediaStorage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

const readReplicas = readReplicaUris()

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.SERVER_URL ?? '',
  // A cookie-authenticated request from any other origin is treated as signed out.
  csrf: trustedOrigins(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // Nothing the admin shows comes from another host (Gravatar is blocked or slow in mainland China).
    avatar: { Component: '/components/admin/frame/StaffAvatar#StaffAvatar' },
    // The tab title's suffix, the bureau's name in the admin's language, is set per request (lib/admin/pageMetadata.ts).
    meta: { icons: ADMIN_ICONS, defaultOGImageType: 'off' },
    components: {
      providers: ['/components/admin/frame/FollowStaffLanguage#FollowStaffLanguage'],
      graphics: { Icon: '/components/admin/frame/BureauMark#BureauMark', Logo: '/components/admin/frame/BureauLogo#BureauLogo' },
      beforeDashboard: ['/components/admin/EnquiryPipeline#EnquiryPipeline', '/components/admin/TranslationStatus#TranslationStatus'],
      afterNavLinks: ['/components/admin/EnquiryReportLink#EnquiryReportLink', '/components/admin/schedule/PublishingScheduleLink#PublishingScheduleLink'],
      views: {
        enquiryReport: { Component: '/components/admin/report/EnquiryReportView#EnquiryReportView', path: ENQUIRY_REPORT_PATH, exact: true },
        publishingSchedule: { Component: '/components/admin/schedule/PublishingScheduleView#PublishingScheduleView', path: PUBLISHING_SCHEDULE_PATH, exact: true },
      },
    },
    livePreview: {
      url: previewUrl,
      collections: LIVE_PREVIEW_COLLECTIONS,
      globals: LIVE_PREVIEW_GLOBALS,
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 390, height: 844 },
        { label: 'Tablet', name: 'tablet', width: 820, height: 1180 },
        { label: 'Desktop', name: 'desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [Industries, Projects, Funds, RcepServices, TalentPolicies, Areas, News, Media, Enquiries, EnquiryReplies, ReplyTemplates, MeetingSlots, MeetingBookings, Outbox, AlertSubscribers, Partners, Users],
  globals: [Site, Home, Living],
  editor: lexicalEditor(),
  localization: {
    locales: LOCALES.map(({ code, label }) => ({ code, label })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  // The content collections publish each locale on its own (collections/contentCollection.ts).
  experimental: { localizeStatus: true },
  i18n: {
    // The admin speaks the portal's languages: its labels (lib/i18n/label.ts) are written in each.
    supportedLanguages: { zh, en, ja, ko } satisfies Record<Locale, Language>,
    fallbackLanguage: DEFAULT_LOCALE,
  },
  db: postgresAdapter({
    // Bounded connects and statements: a hung PostgreSQL fails a request within 3 s instead of holding it.
    pool: databasePoolOptions(),
    // Only `npm run dev` pushes the schema; everywhere else the committed migrations rule.
    push: process.env.PAYLOAD_DB_PUSH === 'true',
    migrationDir: path.resolve(dirname, 'migrations'),
    afterSchemaInit: [indexPublishedInLocale, indexProjectLists, declareSearchTable, declareEnquiryIntakeTable, declareAlertDeliveriesTable],
    // Reads go to a replica, except for a short while after a write (the adapter's default 2 s).
    ...(readReplicas.length > 0 ? { readReplicas } : {}),
  }),
  onInit: (payload) => {
    logIdleConnectionErrors(payload)
    failFastAfterTimeouts(payload)
  },
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  // Without SMTP_HOST no adapter: e-mails wait in the outbox (and staff can see them) until it is set.
  email: smtpEmailAdapter(),
  jobs: {
    tasks: [sendOutboxTask, storeEnquiryIntakeTask, sendFollowUpsTask, sendRemindersTask, queueAlertsTask, sendAlertDigestsTask],
    // Scheduled publishing, the outbox and the enquiry intake's net are queued jobs; one instance runs them (see holdsJobRunnerLock).
    // The outbox runs every tick: only errors are worth a log line, not "Running 1 jobs" four times a minute.
    autoRun: [{ cron: '*/15 * * * * *', queue: 'default', limit: 20, silent: { info: true } }],
    shouldAutoRun: holdsJobRunnerLock,
    access: { run: ({ req }) => isAdmin({ req }) === true, queue: ({ req }) => isAdmin({ req }) === true },
  },
  plugins: [
    mediaStorage(),
    seoPlugin({
      collections: [...CONTENT_COLLECTION_SLUGS],
      uploadsCollection: Media.slug,
      tabbedUI: false,
      fields: measureMetaByWidth,
      generateTitle: ({ doc }) => (typeof doc?.title === 'string' ? doc.title : ''),
      generateDescription: ({ doc }) => (typeof doc?.summary === 'string' ? doc.summary : ''),
    }),
  ],
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  graphQL: {
    maxComplexity: 1000,
    validationRules: graphqlQueryLimitRules,
  },
  hooks: {
    afterError: [answerMalformedInputWithBadRequest],
  },
  maxDepth: 4,
  // Payload's usage reports would leave the server for a host abroad on every start.
  telemetry: false,
})
