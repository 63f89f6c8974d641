import { createHash } from 'node:crypto'

import type { FactSheetFile } from '../data/factsheet'
import type { Locale } from '../i18n/locales'
import { translatorFor } from '../i18n/translator'

/**
 * A fact sheet's answer: the PDF, shown in the browser and saved under its name, which a browser or a
 * shared cache may keep but must check again (a publish changes it: its ETag is the version it prints);
 * or, where the page does not exist, a 404 that says so in the reader's language.
 */
export async function factSheetResponse(request: Request, locale: Locale, file: FactSheetFile | null): Promise<Response> {
  if (!file) {
    const t = await translatorFor(locale)
    return new Response(t('factsheet.notFound'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  }
  const etag = `"${createHash('sha256').update(file.version).digest('base64url').slice(0, 27)}"`
  const headers = {
    'Cache-Control': file.isPreview ? 'private, no-store' : 'public, max-age=0, must-revalidate',
    ETag: etag,
    'Content-Language': locale,
  }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(new Uint8Array(file.pdf), {
    headers: {
      ...headers,
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${file.filename}"`,
      'Content-Length': String(file.pdf.length),
    },
  })
}

/** The answer to an address no fact sheet has (an unknown locale or section): not found, in Chinese when the locale is unknown too. */
export async function factSheetNotFound(locale: Locale): Promise<Response> {
  return factSheetResponse(new Request('http://localhost'), locale, null)
}
