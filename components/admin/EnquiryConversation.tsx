import type { UIFieldServerComponent } from 'payload'

import { hasRole, isStaffUser } from '@/access/roles'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { COUNTRY_CODES, type CountryCode, countryName } from '@/lib/constants/countries'
import { ENQUIRY_TYPE_LABELS, REPLY_SENDER_LABELS } from '@/lib/constants/optionLabels'
import { templatesForEnquiry } from '@/lib/enquiries/replyTemplates'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'
import { isLocale, LOCALES } from '@/lib/i18n/locales'
import type { Enquiry, Partner, User } from '@/payload-types'
import { formatThreadTime } from './conversationTime'
import { EnquiryReplyBox, type ReplyBoxText, type ThreadEntry } from './EnquiryReplyBox'

const INVESTOR = { zh: '投资者信息', en: 'The investor', ja: '投資家の情報', ko: '투자자 정보' } satisfies AdminLabel
const READ_ONLY = {
  zh: '投资者填写的内容不可修改；如需更正，请写在内部备注中。',
  en: 'What the investor wrote cannot be changed: put corrections in the internal notes.',
  ja: '投資家が記入した内容は変更できません。訂正は社内メモに書いてください。',
  ko: '투자자가 작성한 내용은 고칠 수 없습니다. 정정할 내용은 내부 메모에 적어 주세요.',
} satisfies AdminLabel
const DETAIL_LABELS = {
  name: { zh: '姓名', en: 'Name', ja: '氏名', ko: '이름' },
  organisation: { zh: '机构', en: 'Organisation', ja: '所属', ko: '소속' },
  email: { zh: '邮箱', en: 'Email', ja: 'メール', ko: '이메일' },
  phone: { zh: '电话', en: 'Phone', ja: '電話', ko: '전화' },
  country: { zh: '国家/地区', en: 'Country', ja: '国・地域', ko: '국가·지역' },
  locale: { zh: '语言', en: 'Language', ja: '言語', ko: '언어' },
  type: { zh: '类型', en: 'Type', ja: '種類', ko: '유형' },
  subject: { zh: '咨询对象', en: 'About', ja: '対象', ko: '문의 대상' },
} satisfies Record<string, AdminLabel>

const TEXT = {
  thread: { zh: '往来记录', en: 'Conversation', ja: 'やり取り', ko: '주고받은 내용' },
  reply: { zh: '答复投资者', en: 'Reply to the investor', ja: '投資家に回答する', ko: '투자자에게 답변하기' },
  writeIn: { zh: '请用投资者的语言书写：', en: 'Write in the investor’s language: ', ja: '投資家の言語で書いてください：', ko: '투자자의 언어로 작성하세요: ' },
  template: { zh: '从模板开始', en: 'Start from a template', ja: 'テンプレートから書き始める', ko: '템플릿으로 시작하기' },
  noTemplate: { zh: '不使用模板', en: 'No template', ja: 'テンプレートを使わない', ko: '템플릿 없이 작성' },
  fits: { zh: '适用于本咨询', en: 'For this enquiry', ja: 'このお問い合わせ向け', ko: '이 문의에 맞는 템플릿' },
  others: { zh: '其他模板', en: 'Other templates', ja: 'その他のテンプレート', ko: '다른 템플릿' },
  body: { zh: '答复内容', en: 'Your reply', ja: '回答内容', ko: '답변 내용' },
  once: {
    zh: '发送后不能修改，投资者会通过邮件和咨询页面看到。',
    en: 'Once sent it cannot be changed; the investor reads it by email and on the enquiry’s page.',
    ja: '送信後は変更できません。投資家はメールとお問い合わせページで読みます。',
    ko: '보낸 뒤에는 고칠 수 없으며, 투자자는 이메일과 문의 페이지에서 읽습니다.',
  },
  send: { zh: '发送答复', en: 'Send reply', ja: '回答を送信', ko: '답변 보내기' },
  sending: { zh: '正在发送…', en: 'Sending…', ja: '送信しています…', ko: '보내는 중…' },
  sent: { zh: '答复已发送，并已记入往来记录。', en: 'Sent: the reply is on the thread and on its way to the investor.', ja: '回答を送信しました。やり取りに記録されています。', ko: '답변을 보냈습니다. 주고받은 내용에 기록되었습니다.' },
  failed: { zh: '未能发送：', en: 'Not sent: ', ja: '送信できませんでした：', ko: '보내지 못했습니다: ' },
  replace: { zh: '用所选模板替换已写的内容吗？', en: 'Replace what you have written with this template?', ja: '入力中の内容をこのテンプレートで置き換えますか？', ko: '작성 중인 내용을 이 템플릿으로 바꿀까요?' },
  officer: REPLY_SENDER_LABELS.officer,
  investor: REPLY_SENDER_LABELS.investor,
  partner: REPLY_SENDER_LABELS.partner,
} satisfies Record<keyof ReplyBoxText, AdminLabel>

const isCountryCode = (value: unknown): value is CountryCode => typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value)

const localeName = (code: string | null | undefined) => LOCALES.find((locale) => locale.code === code)?.label ?? ''

function personName(author: EnquiryReplyAuthor): string | null {
  return typeof author === 'object' && author !== null ? author.name || author.email : null
}

type EnquiryReplyAuthor = number | User | null | undefined

function partnerName(partner: number | Partner | null | undefined): string | null {
  return typeof partner === 'object' && partner !== null ? partner.organisation : null
}

/**
 * First on an enquiry's page in the admin, for officers and admins: who wrote and what they sent (read
 * only), the thread in order, and the reply box. A reply is sent as an EnquiryReply over the REST API, the
 * same path as any other (its hooks sign it, queue it in the outbox and stamp the first response).
 */
export const EnquiryConversation: UIFieldServerComponent = async ({ id, req, i18n }) => {
  const user = req.user
  if (id === undefined || !isStaffUser(user) || !(hasRole(user, 'admin') || hasRole(user, 'officer'))) return null
  const language = i18n.language
  const lang = isLocale(language) ? language : 'en'
  const enquiry = await req.payload.findByID({ collection: COLLECTION_SLUGS.enquiries, id, depth: 1, user, overrideAccess: false, disableErrors: true, locale: lang })
  if (!enquiry) return null
  const [replies, templates] = await Promise.all([
    req.payload.find({ collection: COLLECTION_SLUGS.enquiryReplies, where: { enquiry: { equals: enquiry.id } }, sort: 'createdAt', depth: 1, limit: 500, pagination: false, user, overrideAccess: false }),
    templatesForEnquiry(req, enquiry, user),
  ])

  const entries: ThreadEntry[] = [
    { key: 'message', from: 'investor', who: enquiry.name, when: formatThreadTime(enquiry.createdAt, language), body: enquiry.message },
    ...replies.docs.map((reply) => ({
      key: String(reply.id),
      from: reply.from ?? 'officer',
      who: reply.from === 'investor' ? enquiry.name : reply.from === 'partner' ? partnerName(enquiry.partner) : reply.senderName || personName(reply.author),
      when: formatThreadTime(reply.createdAt, language),
      body: reply.body,
    })),
  ]
  const text = Object.fromEntries(Object.entries(TEXT).map(([key, label]) => [key, inLanguage(label, language)])) as ReplyBoxText

  return (
    <div style={{ marginBottom: 'calc(var(--base) * 2)' }} data-testid="enquiry-conversation">
      <section aria-labelledby="investor-details-heading" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
        <h2 id="investor-details-heading" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
          {inLanguage(INVESTOR, language)}
        </h2>
        <dl data-testid="investor-details" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1.5rem', margin: 0 }}>
          {detailRows(enquiry, language, lang).map(([label, value]) => (
            <div key={label} style={{ display: 'contents' }}>
              <dt style={{ color: 'var(--theme-elevation-600)' }}>{label}</dt>
              <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{value}</dd>
            </div>
          ))}
        </dl>
        <p style={{ color: 'var(--theme-elevation-600)', marginTop: 'calc(var(--base) / 2)' }}>{inLanguage(READ_ONLY, language)}</p>
      </section>
      <EnquiryReplyBox
        enquiryId={enquiry.id}
        investorName={enquiry.name}
        investorLanguage={localeName(enquiry.locale)}
        officerName={user.name || user.email}
        language={language}
        entries={entries}
        templates={templates.map((template) => ({
          id: template.id,
          label: inParentheses(template.title, `${localeName(template.language)} · ${ENQUIRY_TYPE_LABELS[template.type][lang]}`, lang),
          fits: template.fits,
          body: template.body,
        }))}
        text={text}
      />
    </div>
  )
}

/** `title (note)`, with the full-width parentheses Chinese and Japanese use. */
function inParentheses(title: string, note: string, lang: string): string {
  return lang === 'zh' || lang === 'ja' ? `${title}（${note}）` : `${title} (${note})`
}

function detailRows(enquiry: Enquiry, language: string, lang: keyof typeof ENQUIRY_TYPE_LABELS.general): [string, string][] {
  const subject = enquiry.subject?.value
  const subjectTitle = typeof subject === 'object' && subject !== null && 'title' in subject ? subject.title : null
  const rows: [keyof typeof DETAIL_LABELS, string | null | undefined][] = [
    ['name', enquiry.name],
    ['organisation', enquiry.organisation],
    ['email', enquiry.email],
    ['phone', enquiry.phone],
    ['country', isCountryCode(enquiry.country) ? countryName(enquiry.country, language) : enquiry.country],
    ['locale', localeName(enquiry.locale)],
    ['type', ENQUIRY_TYPE_LABELS[enquiry.type][lang]],
    ['subject', subjectTitle],
  ]
  // A line the investor left empty is not shown.
  return rows.filter((row): row is [keyof typeof DETAIL_LABELS, string] => Boolean(row[1])).map(([key, value]) => [inLanguage(DETAIL_LABELS[key], language), value])
}
