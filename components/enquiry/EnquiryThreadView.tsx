import { ReaderTime } from '@/components/enquiry/ReaderTime'
import { ENQUIRY_TYPE_LABELS } from '@/lib/constants/optionLabels'
import type { EnquiryThread, ThreadReply } from '@/lib/data/enquiryThread'
import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'
import { INTL_LOCALE } from '@/lib/format/numbers'
import type { Locale } from '@/lib/i18n/locales'
import { imageProps } from '@/lib/media/imageProps'

type ThreadTexts = {
  title: string
  sentBy: string
  type: string
  about: string
  organisation: string
  /** Who each later message is from, as this reader names them. */
  from: Record<ThreadReply['from'], string>
}

type ThreadSectionProps = { thread: EnquiryThread; locale: Locale; texts: ThreadTexts; sentNotice: string | null }

/**
 * The conversation under its heading on the investor's and the partner's page, with the notice that the
 * reader's reply was sent (`sentNotice`, on the page a reply leads back to).
 */
export function EnquiryThreadSection({ thread, locale, texts, sentNotice }: ThreadSectionProps) {
  return (
    <section aria-labelledby="enquiry-thread" className="mt-10">
      <h2 id="enquiry-thread" className="text-xl font-bold text-ink">
        {texts.title}
      </h2>
      <EnquiryThreadView thread={thread} locale={locale} texts={texts} />
      {sentNotice ? (
        <p id="reply-sent" role="status" className="mt-4 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
          {sentNotice}
        </p>
      ) : null}
    </section>
  )
}

/**
 * An enquiry's conversation as its investor or partner reads it: the first message with what it is about,
 * then every reply, oldest first, each with who sent it and when (in the reader's time zone). The bureau's
 * replies stand out; the page decides how each sender is named for its reader.
 */
function EnquiryThreadView({ thread, locale, texts }: { thread: EnquiryThread; locale: Locale; texts: ThreadTexts }) {
  const intlLocale = INTL_LOCALE[locale]
  return (
    <ol className="mt-4 space-y-4" aria-label={texts.title}>
      <li className="rounded-xl border border-line p-5" data-testid="enquiry-message">
        <p className="text-sm text-ink-muted">
          {texts.sentBy} · <ReaderTime iso={thread.createdAt} intlLocale={intlLocale} officeTimeZone={OFFICE_TIME_ZONE} />
        </p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold text-ink-muted">{texts.type}</dt>
          <dd>{ENQUIRY_TYPE_LABELS[thread.type][locale]}</dd>
          {thread.subjectTitle ? (
            <>
              <dt className="font-semibold text-ink-muted">{texts.about}</dt>
              <dd>{thread.subjectTitle}</dd>
            </>
          ) : null}
          {thread.organisation ? (
            <>
              <dt className="font-semibold text-ink-muted">{texts.organisation}</dt>
              <dd>{thread.organisation}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-4 text-base leading-relaxed whitespace-pre-wrap text-ink">{thread.message}</p>
      </li>
      {thread.replies.map((reply) => (
        <li
          key={reply.id}
          className={reply.from === 'officer' ? 'rounded-xl border border-sea-200 bg-sea-50 p-5' : 'rounded-xl border border-line p-5'}
          data-testid={`${reply.from === 'officer' ? 'enquiry' : reply.from}-reply`}
        >
          <p className="text-sm text-ink-muted">
            {texts.from[reply.from]} · <ReaderTime iso={reply.createdAt} intlLocale={intlLocale} officeTimeZone={OFFICE_TIME_ZONE} />
          </p>
          <p className="mt-3 text-base leading-relaxed whitespace-pre-wrap text-ink">{reply.body}</p>
        </li>
      ))}
    </ol>
  )
}

/** The officer handling the enquiry, as they present themselves: photo if staff added one, name, languages. */
export function EnquiryOfficer({ officer, locale, title, languages }: { officer: NonNullable<EnquiryThread['officer']>; locale: Locale; title: string; languages: (list: string) => string }) {
  const intlLocale = INTL_LOCALE[locale]
  const names = new Intl.DisplayNames(intlLocale, { type: 'language' })
  return (
    <div className="mt-4 flex items-center gap-4" data-testid="enquiry-officer">
      {officer.photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- a plain <img> through the optimizer, as every upload (lib/media/imageProps.ts)
        <img {...imageProps({ src: officer.photo.url, alt: '', width: 64, height: 64, sizes: '64px' }, officer.photo.width)} alt="" className="size-16 rounded-full object-cover" />
      ) : null}
      <div>
        <p className="text-sm font-semibold text-ink-muted">{title}</p>
        <p className="text-lg font-semibold text-ink">{officer.name}</p>
        {officer.languages.length > 0 ? (
          <p className="text-sm text-ink">
            {languages(new Intl.ListFormat(intlLocale, { type: 'conjunction' }).format(officer.languages.map((code) => names.of(code) ?? code)))}
          </p>
        ) : null}
      </div>
    </div>
  )
}
