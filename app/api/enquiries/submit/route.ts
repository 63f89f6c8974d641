import { investorKeyFor, investorPagePath } from '@/lib/enquiries/investorKey'
import { type RefusalReason, submitEnquiry } from '@/lib/enquiries/submitEnquiry'
import { isBodyRefusal, readBodyWithin } from '@/lib/http/bodyLimit'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { translatorFor } from '@/lib/i18n/translator'
import { getPortalPayload } from '@/lib/payload'
import { clientIpOf } from '@/lib/runtime/clientIp'
import { absoluteUrl } from '@/lib/seo/siteUrl'

export const dynamic = 'force-dynamic'

const STATUS_OF: Record<RefusalReason, number> = { invalid: 400, rejected: 400, rateLimited: 429, unavailable: 503 }

/**
 * The largest enquiry the schema accepts is about 36 KB of JSON (a 5,000-character message written
 * entirely as `\uXXXX` escapes, and the other fields at their limits): nothing larger is read.
 */
const MAX_BODY_BYTES = 64 * 1024

/** The JSON object sent, or nothing (another content type, invalid JSON, an array): the schema then says what is missing. */
function jsonObjectOf(body: Buffer, contentType: string | null): Record<string, unknown> {
  if (!contentType?.toLowerCase().startsWith('application/json')) return {}
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'))
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/**
 * `POST /api/enquiries/submit?locale=ja` with the form's fields as JSON: the same submission as the
 * public form (validation, idempotency key, rate limit, privacy notice), for clients that are not a
 * browser. Answers 201 `{ reference, page }` (`page`: the enquiry's private page, key included), or the
 * refusal in the visitor's language with 400, 413, 429 or 503. Always anonymous: a signed-in account does not change whose enquiry this is. A Next route, not a
 * Payload endpoint, so that the collection's config does not import the enquiry workflow (and through
 * it the portal's Payload instance and the config itself).
 */
export async function POST(request: Request): Promise<Response> {
  const requested = new URL(request.url).searchParams.get('locale')
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const body = await readBodyWithin(request, MAX_BODY_BYTES)
  if (isBodyRefusal(body)) {
    const t = await translatorFor(locale)
    return Response.json({ formError: t('badRequest.tooLarge'), fieldErrors: {} }, { status: body.status })
  }
  const input = jsonObjectOf(body, request.headers.get('content-type'))
  const result = await submitEnquiry({ payload: await getPortalPayload(), input, locale, clientIp: clientIpOf(request.headers) })
  if (result.isAccepted) {
    const page = absoluteUrl(investorPagePath(locale, result.reference, investorKeyFor(result.reference)))
    return Response.json({ reference: result.reference, page }, { status: 201 })
  }
  return Response.json({ formError: result.formError, fieldErrors: result.fieldErrors }, { status: STATUS_OF[result.reason] })
}
