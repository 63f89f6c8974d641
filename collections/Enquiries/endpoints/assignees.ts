import type { Endpoint } from 'payload'

import { hasRole } from '../../../access/roles'
import { loadAssignees } from '../../../lib/enquiries/report'

/**
 * `GET /api/enquiries/assignees`: who can take an enquiry (officers and admins), with the languages they
 * answer in and how many open enquiries each has now, for the assignee picker. Officers and admins only.
 */
export const assignees: Endpoint = {
  path: '/assignees',
  method: 'get',
  handler: async (req) => {
    if (!(hasRole(req.user, 'admin') || hasRole(req.user, 'officer'))) {
      return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
    }
    const officers = await loadAssignees(req.payload)
    return Response.json({ officers }, { headers: { 'cache-control': 'no-store' } })
  },
}
