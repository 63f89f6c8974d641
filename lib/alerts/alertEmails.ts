import { composeEmail, type EmailContent, type EmailParagraph, emailTranslator } from '../email/compose'
import type { Locale } from '../i18n/locales'
import { MESSAGES } from '../i18n/messages'
import type { Section } from '../sections'
import { CONFIRMATION_LINK_HOURS } from './links'

/** One new item as an alert names it: its section, title, summary and page. */
export type AlertItem = { section: Section; title: string; summary: string | null; url: string }

function sectionName(section: Section, locale: Locale): string {
  return MESSAGES[locale].nav[section]
}

function itemParagraph(item: AlertItem, locale: Locale): EmailParagraph {
  const t = emailTranslator(locale)
  const text = [t('alerts.itemTitle', { section: sectionName(item.section, locale), title: item.title }), item.summary, item.url].filter(Boolean).join('\n')
  return { text, link: item.url }
}

function closing(locale: Locale, unsubscribeUrl: string): EmailParagraph[] {
  const t = emailTranslator(locale)
  return [t('alerts.why'), { text: t('alerts.unsubscribe', { url: unsubscribeUrl }), link: unsubscribeUrl }, t('confirmation.sender')]
}

/** The double opt-in: the link that confirms the address, and that nothing is sent without it. */
export function alertConfirmationEmail({ locale, sections, confirmUrl }: { locale: Locale; sections: Section[]; confirmUrl: string }): EmailContent {
  const t = emailTranslator(locale)
  const kinds = new Intl.ListFormat(locale, { type: 'conjunction' }).format(sections.map((section) => sectionName(section, locale)))
  return composeEmail({
    subject: t('alerts.confirmSubject'),
    paragraphs: [
      t('alerts.confirmIntro', { kinds }),
      { text: t('alerts.confirmLink', { hours: CONFIRMATION_LINK_HOURS, url: confirmUrl }), link: confirmUrl },
      t('alerts.confirmIgnore'),
      t('confirmation.sender'),
    ],
    lang: locale,
  })
}

/** An instant alert: one item just published in the subscriber's language. */
export function instantAlertEmail({ locale, item, unsubscribeUrl }: { locale: Locale; item: AlertItem; unsubscribeUrl: string }): EmailContent {
  const t = emailTranslator(locale)
  return composeEmail({
    subject: t('alerts.instantSubject', { section: sectionName(item.section, locale), title: item.title }),
    paragraphs: [t('alerts.instantIntro'), itemParagraph(item, locale), ...closing(locale, unsubscribeUrl)],
    lang: locale,
  })
}

/** The weekly digest: every item new since the last one, in the registry's order of sections. */
export function alertDigestEmail({ locale, items, unsubscribeUrl }: { locale: Locale; items: AlertItem[]; unsubscribeUrl: string }): EmailContent {
  const t = emailTranslator(locale)
  return composeEmail({
    subject: t('alerts.digestSubject', { count: items.length }),
    paragraphs: [t('alerts.digestIntro'), ...items.map((item) => itemParagraph(item, locale)), ...closing(locale, unsubscribeUrl)],
    lang: locale,
  })
}
