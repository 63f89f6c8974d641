import type { Endpoint } from 'payload'

import { hasRole } from '../../../access/roles'
import { claimIntakeById } from '../../../lib/enquiries/intake'
import { storeIntakeEnquiry } from '../../../lib/enquiries/storeIntake'

/**
 * `POST /api/enquiries/intake/:id/retry`, for officers and admins: stores an accepted submission that
 * could not be stored before (the dashboard lists them), now, and says whether it worked; when it did
 * not, the reason is kept on the row and shown again.
 */
export const retryIntake: Endpoint = {
  path: '/intake/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!(hasRole(req.user, 'admin') || hasRole(req.user, 'officer'))) {
      return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
    }
    const id = Number(req.routeParams?.id)
    const row = Number.isSafeInteger(id) && id > 0 ? await claimIntakeById(req.payload, id) : null
    if (!row) return Response.json({ message: req.t('error:notFound') }, { status: 404 })
    const isStored = await storeIntakeEnquiry(req.payload, row)
    return Response.json({ reference: row.reference, isStored }, { status: isStored ? 200 : 422 })
  },
}
