import { createTranslator } from 'next-intl'

import { OFFICE_TIME_ZONE } from '../dates/businessDays'
import { INTL_LOCALE } from '../format/numbers'
import type { Locale } from '../i18n/locales'
import { MESSAGES } from '../i18n/messages'

export type EmailContent = { subject: string; text: string; html: string }

/** The `email` messages of one locale, for e-mails built outside any page. */
export function emailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'email' })
}

/** A date as the reader writes it, on the office's calendar: 2026年11月27日星期五, Friday 27 November 2026. */
export function formatOfficeDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'full', timeZone: OFFICE_TIME_ZONE }).format(date)
}

/** A date and time as the reader writes them, on the office's clock: 2026年12月7日星期一 15:00. */
export function formatOfficeDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone: OFFICE_TIME_ZONE }).format(date)
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])
}

/**
 * A paragraph of an e-mail: plain text, or text holding one link the portal made itself (an admin page, a
 * reset page). Only such a link becomes clickable in the HTML part: what a visitor typed, a URL included,
 * stays plain text, so nobody can put a live link into a message the bureau sends.
 */
export type EmailParagraph = string | { text: string; link: string }

function paragraphHtml(paragraph: EmailParagraph): string {
  if (typeof paragraph === 'string') return escapeHtml(paragraph)
  const at = paragraph.text.indexOf(paragraph.link)
  if (at < 0) return escapeHtml(paragraph.text)
  const link = escapeHtml(paragraph.link)
  return `${escapeHtml(paragraph.text.slice(0, at))}<a href="${link}">${link}</a>${escapeHtml(paragraph.text.slice(at + paragraph.link.length))}`
}

/** One message as plain text and as HTML from the same paragraphs, so the two never say different things. */
export function composeEmail({ subject, paragraphs, lang }: { subject: string; paragraphs: EmailParagraph[]; lang: Locale }): EmailContent {
  const htmlParagraphs = paragraphs.map((paragraph) => `<p>${paragraphHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
  return {
    subject,
    text: paragraphs.map((paragraph) => (typeof paragraph === 'string' ? paragraph : paragraph.text)).join('\n\n'),
    html: `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.6">${htmlParagraphs.join('')}</body></html>`,
  }
}
