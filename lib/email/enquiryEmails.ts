import type { Enquiry, User } from '../../payload-types'
import { ENQUIRY_TYPE_LABELS } from '../constants/optionLabels'
import { investorPageEmailUrl } from '../enquiries/investorKey'
import { absoluteUrl } from '../seo/siteUrl'
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../i18n/locales'
import { composeEmail, type EmailContent, type EmailParagraph, emailTranslator, formatOfficeDate, formatOfficeDateTime } from './compose'

/** Staff mail is written in the office's language with English below it, for officers who read either. */
const STAFF_LOCALES: Locale[] = [DEFAULT_LOCALE, 'en']

const SEPARATOR = '——————'

export function enquiryLocale(enquiry: Pick<Enquiry, 'locale'>): Locale {
  return isLocale(enquiry.locale) ? enquiry.locale : DEFAULT_LOCALE
}

/**
 * The submitter's receipt, in the language they wrote in: the reference, when to expect an answer and the
 * link to the enquiry's private page (its key stands as the outbox's mark: see `investorPageEmailUrl`).
 * It carries nothing the visitor typed, not even the name: anyone can type someone else's address into
 * the form, and the bureau's own e-mail must not carry a stranger's words (or link) to that person.
 */
export function enquiryConfirmation({ enquiry, businessDays }: { enquiry: Enquiry; businessDays: number }): EmailContent {
  const locale = enquiryLocale(enquiry)
  const t = emailTranslator(locale)
  const reference = enquiry.reference ?? ''
  const pageUrl = investorPageEmailUrl(locale, reference)
  const paragraphs: EmailParagraph[] = [
    t('confirmation.received', { reference }),
    ...(enquiry.dueAt ? [t('confirmation.replyBy', { days: businessDays, date: formatOfficeDate(new Date(enquiry.dueAt), locale) })] : []),
    { text: t('confirmation.follow', { url: pageUrl }), link: pageUrl },
    t('confirmation.quoteReference'),
    `${t('confirmation.signOff')}\n${t('confirmation.sender')}`,
  ]
  return composeEmail({ subject: t('confirmation.subject', { reference }), paragraphs, lang: locale })
}

/**
 * An officer's reply, in the investor's language: the officer's own words as plain text (never a live
 * link), their signature, and the link to the enquiry's page, where the whole conversation is (its key
 * stands as the outbox's mark: send it with `investorKeyFor(reference)` as the secret).
 */
export function enquiryReply({ enquiry, body, officerName }: { enquiry: Enquiry; body: string; officerName: string | null }): EmailContent {
  const locale = enquiryLocale(enquiry)
  const t = emailTranslator(locale)
  const reference = enquiry.reference ?? ''
  const pageUrl = investorPageEmailUrl(locale, reference)
  const signature = [officerName, t('confirmation.sender')].filter(Boolean).join('\n')
  return composeEmail({
    subject: t('reply.subject', { reference }),
    paragraphs: [body, signature, { text: t('reply.follow', { url: pageUrl }), link: pageUrl }],
    lang: locale,
  })
}

/**
 * The one follow-up after an enquiry is closed, in the investor's language: anything else we can do, and
 * did we give you what you needed (answered on the enquiry's private page; its key is the outbox's mark).
 * Like the receipt, it carries nothing the visitor typed.
 */
export function enquiryFollowUp({ enquiry }: { enquiry: Enquiry }): EmailContent {
  const locale = enquiryLocale(enquiry)
  const t = emailTranslator(locale)
  const reference = enquiry.reference ?? ''
  const pageUrl = `${investorPageEmailUrl(locale, reference)}#feedback`
  return composeEmail({
    subject: t('followUp.subject', { reference }),
    paragraphs: [
      t('followUp.closed', { reference }),
      t('followUp.anythingElse'),
      { text: t('followUp.answer', { url: pageUrl }), link: pageUrl },
      `${t('confirmation.signOff')}\n${t('confirmation.sender')}`,
    ],
    lang: locale,
  })
}

function bilingual(build: (locale: Locale) => { subject: string; paragraphs: EmailParagraph[] }, locales: Locale[] = STAFF_LOCALES): EmailContent {
  const versions = locales.map(build)
  return composeEmail({
    subject: versions.map((version) => version.subject).join(' / '),
    paragraphs: versions.flatMap((version, index) => (index === 0 ? version.paragraphs : [SEPARATOR, ...version.paragraphs])),
    lang: locales[0],
  })
}

function dueDate(enquiry: Enquiry, locale: Locale): string {
  return enquiry.dueAt ? formatOfficeDate(new Date(enquiry.dueAt), locale) : '—'
}

/** The officers' alert that a new enquiry is waiting, with what they need to triage it and a link. */
export function enquiryNotification({ enquiry, adminUrl }: { enquiry: Enquiry; adminUrl: string }): EmailContent {
  return bilingual((locale) => {
    const t = emailTranslator(locale)
    const type = ENQUIRY_TYPE_LABELS[enquiry.type][locale]
    const language = LOCALES.find(({ code }) => code === enquiryLocale(enquiry))?.label ?? ''
    const details = [
      [t('staff.name'), enquiry.name],
      [t('staff.organisation'), enquiry.organisation],
      [t('staff.email'), enquiry.email],
      [t('staff.country'), enquiry.country],
      [t('staff.language'), language],
      [t('staff.type'), type],
    ]
      .filter(([, value]) => value)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n')
    return {
      subject: t('staff.newSubject', { reference: enquiry.reference ?? '', type }),
      paragraphs: [
        t('staff.newIntro', { date: dueDate(enquiry, locale) }),
        details,
        `${t('staff.message')}:\n${enquiry.message}`,
        { text: t('staff.open', { url: adminUrl }), link: adminUrl },
      ],
    }
  })
}

/** Tells an officer that an enquiry is now theirs, by whom, and by when the investor expects an answer. */
export function assignmentNotice({ enquiry, assignerName, adminUrl }: { enquiry: Enquiry; assignerName: string | null; adminUrl: string }): EmailContent {
  return bilingual((locale) => {
    const t = emailTranslator(locale)
    const reference = enquiry.reference ?? ''
    return {
      subject: t('staff.assignedSubject', { reference }),
      paragraphs: [
        t('staff.assignedIntro', { reference, assigner: assignerName ?? 'none', date: dueDate(enquiry, locale) }),
        { text: t('staff.open', { url: adminUrl }), link: adminUrl },
      ],
    }
  })
}

/** Tells the officers of an enquiry that the investor wrote again, with what they wrote and a link. */
export function investorReplyNotice({ enquiry, body, adminUrl, partnerName }: { enquiry: Enquiry; body: string; adminUrl: string; partnerName?: string | null }): EmailContent {
  return bilingual((locale) => {
    const t = emailTranslator(locale)
    const reference = enquiry.reference ?? ''
    const intro = partnerName
      ? t('staff.partnerReplyIntro', { reference, name: enquiry.name, organisation: partnerName })
      : t('staff.investorReplyIntro', { reference, name: enquiry.name })
    return {
      subject: t(partnerName ? 'staff.partnerReplySubject' : 'staff.investorReplySubject', { reference }),
      paragraphs: [intro, `${t('staff.message')}:\n${body}`, { text: t('staff.open', { url: adminUrl }), link: adminUrl }],
    }
  })
}

/**
 * To the partner that sent an enquiry for its client, when an officer has replied: where to read it (its own
 * area, behind its sign-in), in the language the enquiry was written in. The reply itself stays behind the
 * sign-in; the client gets it by e-mail as every investor does.
 */
export function partnerReplyNotice({ enquiry }: { enquiry: Enquiry }): EmailContent {
  const locale = enquiryLocale(enquiry)
  const t = emailTranslator(locale)
  const reference = enquiry.reference ?? ''
  const url = absoluteUrl(`/${locale}/partner/enquiries/${encodeURIComponent(reference)}`)
  return composeEmail({
    subject: t('partnerReply.subject', { reference }),
    paragraphs: [{ text: t('partnerReply.intro', { reference, name: enquiry.name, url }), link: url }, t('confirmation.sender')],
    lang: locale,
  })
}

/** The reminders the job writes (lib/enquiries/reminders.ts): to the assignee, to every officer, to the admins. */
export type ReminderKind = 'due' | 'unassigned' | 'overdue'

/**
 * A reminder about an enquiry, in its reader's language (the first they answer in), or in the office's
 * language with English below it when they have named none. It says which enquiry, what kind, by when it
 * must be answered and where to open it, and nothing the investor typed.
 */
export function enquiryReminder({
  enquiry,
  kind,
  recipient,
  assigneeName,
  adminUrl,
}: {
  enquiry: Enquiry
  kind: ReminderKind
  recipient: Pick<User, 'languages'>
  assigneeName: string | null
  adminUrl: string
}): EmailContent {
  const language = recipient.languages?.find(isLocale)
  return bilingual(
    (locale) => {
      const t = emailTranslator(locale)
      const values = {
        reference: enquiry.reference ?? '',
        type: ENQUIRY_TYPE_LABELS[enquiry.type][locale],
        date: enquiry.dueAt ? formatOfficeDateTime(new Date(enquiry.dueAt), locale) : '—',
        received: formatOfficeDateTime(new Date(enquiry.createdAt), locale),
        assignee: assigneeName ?? 'none',
      }
      return {
        subject: t(`reminder.${kind}Subject`, values),
        paragraphs: [t(`reminder.${kind}Intro`, values), { text: t('staff.open', { url: adminUrl }), link: adminUrl }],
      }
    },
    language ? [language] : STAFF_LOCALES,
  )
}
