import type { Endpoint, Where } from 'payload'

import { hasRole } from '../../../access/roles'
import { ENQUIRY_STATUS_LABELS, ENQUIRY_TYPE_LABELS, optionLabel } from '../../../lib/constants/optionLabels'
import { toCsv } from '../../../lib/csv'
import { DEFAULT_LOCALE, isLocale } from '../../../lib/i18n/locales'
import type { User } from '../../../payload-types'
import { COLLECTION_SLUGS } from '../../slugs'

const COLUMNS = [
  'reference', 'status', 'type', 'name', 'organisation', 'email', 'phone', 'country', 'locale',
  'assignee', 'dueAt', 'firstRespondedAt', 'createdAt', 'message',
] as const

/**
 * `GET /api/enquiries/export.csv?where…&sort…`: the enquiries list as the officer filtered it, as CSV.
 * Only officers and admins, read with their own access; nothing is stored on the server.
 */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!(hasRole(req.user, 'admin') || hasRole(req.user, 'officer'))) {
      return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
    }
    const language = isLocale(req.i18n?.language) ? req.i18n.language : DEFAULT_LOCALE
    const where = (req.query?.where ?? {}) as Where
    const sort = typeof req.query?.sort === 'string' ? req.query.sort : 'dueAt'
    const { docs } = await req.payload.find({
      collection: COLLECTION_SLUGS.enquiries,
      where,
      sort,
      user: req.user,
      overrideAccess: false,
      depth: 1,
      pagination: false,
      req,
    })
    const rows = docs.map((enquiry) => [
      enquiry.reference,
      optionLabel(ENQUIRY_STATUS_LABELS, enquiry.status, language),
      optionLabel(ENQUIRY_TYPE_LABELS, enquiry.type, language),
      enquiry.name,
      enquiry.organisation,
      enquiry.email,
      enquiry.phone,
      enquiry.country,
      enquiry.locale,
      typeof enquiry.assignee === 'object' && enquiry.assignee ? (enquiry.assignee as User).email : enquiry.assignee,
      enquiry.dueAt,
      enquiry.firstRespondedAt,
      enquiry.createdAt,
      enquiry.message,
    ])
    const filename = `enquiries-${new Date().toISOString().slice(0, 10)}.csv`
    return new Response(toCsv([[...COLUMNS], ...rows]), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      },
    })
  },
}
