import type { Endpoint, Where } from 'payload'

import { hasRole } from '../../../access/roles'
import { ALERT_FREQUENCY_LABELS, ALERT_SUBSCRIBER_STATUS_LABELS, optionLabel } from '../../../lib/constants/optionLabels'
import { toCsv } from '../../../lib/csv'
import { DEFAULT_LOCALE, isLocale } from '../../../lib/i18n/locales'
import type { Industry } from '../../../payload-types'
import { COLLECTION_SLUGS } from '../../slugs'

const COLUMNS = ['email', 'status', 'locale', 'kinds', 'industries', 'frequency', 'confirmedAt', 'privacyNoticeVersion', 'createdAt'] as const

/**
 * `GET /api/alert-subscribers/export.csv?where…&sort…`: the subscribers as the list is filtered, as CSV,
 * as the enquiries are exported. Only officers and admins, read with their own access; nothing is stored.
 */
export const exportSubscribersCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!(hasRole(req.user, 'admin') || hasRole(req.user, 'officer'))) {
      return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
    }
    const language = isLocale(req.i18n?.language) ? req.i18n.language : DEFAULT_LOCALE
    const where = (req.query?.where ?? {}) as Where
    const sort = typeof req.query?.sort === 'string' ? req.query.sort : '-createdAt'
    const { docs } = await req.payload.find({
      collection: COLLECTION_SLUGS.alertSubscribers,
      where,
      sort,
      user: req.user,
      overrideAccess: false,
      depth: 1,
      locale: language,
      pagination: false,
      req,
    })
    const rows = docs.map((subscriber) => [
      subscriber.email,
      optionLabel(ALERT_SUBSCRIBER_STATUS_LABELS, subscriber.status, language),
      subscriber.locale,
      (subscriber.kinds ?? []).join(' '),
      (subscriber.industries ?? []).map((industry) => (typeof industry === 'object' ? (industry as Industry).title : industry)).join(' · '),
      optionLabel(ALERT_FREQUENCY_LABELS, subscriber.frequency, language),
      subscriber.confirmedAt,
      subscriber.privacyNoticeVersion,
      subscriber.createdAt,
    ])
    const filename = `alert-subscribers-${new Date().toISOString().slice(0, 10)}.csv`
    return new Response(toCsv([[...COLUMNS], ...rows]), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      },
    })
  },
}
