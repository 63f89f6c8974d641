import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { type RefusalReason, submitEnquiry } from '../../../lib/enquiries/submitEnquiry'
import { DEFAULT_LOCALE, isLocale } from '../../../lib/i18n/locales'
import { clientIpOf } from '../../../lib/runtime/clientIp'

const STATUS_OF: Record<RefusalReason, number> = { invalid: 400, rejected: 400, rateLimited: 429, unavailable: 503 }

/**
 * `POST /api/enquiries/submit?locale=ja` with the form's fields as JSON: the same submission as the
 * public form (validation, idempotency key, rate limit, privacy notice), for clients that are not a
 * browser. Answers 201 `{ reference }`, or the refusal in the visitor's language with 400, 429 or 503.
 * Always anonymous: a signed-in account does not change whose enquiry this is.
 */
export const submitJson: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const requested = req.searchParams.get('locale')
    const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
    await addDataAndFileToRequest(req).catch(() => undefined)
    const input = req.data && typeof req.data === 'object' && !Array.isArray(req.data) ? (req.data as Record<string, unknown>) : {}
    const result = await submitEnquiry({ payload: req.payload, input, locale, clientIp: clientIpOf(req.headers) })
    if (result.isAccepted) return Response.json({ reference: result.reference }, { status: 201 })
    return Response.json({ formError: result.formError, fieldErrors: result.fieldErrors }, { status: STATUS_OF[result.reason] })
  },
}
