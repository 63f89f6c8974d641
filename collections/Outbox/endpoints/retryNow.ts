import type { Endpoint } from 'payload'

import { hasRole } from '../../../access/roles'
import { COLLECTION_SLUGS } from '../../slugs'

/**
 * `POST /api/outbox/:id/retry`: an officer who fixed an address or knows the mail server is back puts a
 * waiting or given-up message first in line. The next run of the `sendOutbox` job delivers it.
 */
export const retryNow: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!(hasRole(req.user, 'admin') || hasRole(req.user, 'officer'))) {
      return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
    }
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id)) return Response.json({ message: req.t('error:notFound') }, { status: 404 })
    const { docs } = await req.payload.update({
      collection: COLLECTION_SLUGS.outbox,
      where: { id: { equals: id }, status: { not_equals: 'sent' } },
      data: { status: 'queued', attempts: 0, nextAttemptAt: new Date().toISOString() },
      req,
    })
    if (docs.length === 0) return Response.json({ message: req.t('error:notFound') }, { status: 404 })
    return Response.json({ id, status: 'queued' })
  },
}
