import { isBodyRefusal, readBodyWithin } from '../http/bodyLimit'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { LINK_PARAMS } from './links'

/** A link's form or a mail client's one-click POST is a few hundred bytes; nothing larger is read. */
const MAX_BODY_BYTES = 4 * 1024

export type LinkRequest = {
  subscriberId: number | null
  secret: string | null
  /** The page's language when a page's form sent it; null for a mail client's one-click request. */
  pageLocale: Locale | null
  locale: Locale
}

/** The subscriber and secret of a link's POST, from its form fields or its address, and the page it came from. */
export async function readLinkRequest(request: Request): Promise<LinkRequest> {
  const url = new URL(request.url)
  const body = await readBodyWithin(request, MAX_BODY_BYTES)
  const isForm = request.headers.get('content-type')?.toLowerCase().startsWith('application/x-www-form-urlencoded') ?? false
  const form = !isBodyRefusal(body) && isForm ? new URLSearchParams(body.toString('utf8')) : new URLSearchParams()
  const read = (name: string) => form.get(name) ?? url.searchParams.get(name)
  const id = Number(read(LINK_PARAMS.subscriber))
  const pageLocale = form.get('locale')
  return {
    subscriberId: Number.isSafeInteger(id) && id > 0 ? id : null,
    secret: read(LINK_PARAMS.secret),
    pageLocale: isLocale(pageLocale) ? pageLocale : null,
    locale: isLocale(pageLocale) ? pageLocale : DEFAULT_LOCALE,
  }
}

/** A 303 to a page of the portal, so that a reload does not post again. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } })
}
