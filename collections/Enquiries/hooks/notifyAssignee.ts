import type { CollectionAfterChangeHook } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { COLLECTION_SLUGS } from '../../slugs'
import { assignmentNotice } from '../../../lib/email/enquiryEmails'
import { enqueueEmail, enquiryAdminUrl } from '../../../lib/email/outbox'
import { relationId } from '../../../lib/relationId'
import type { Enquiry } from '../../../payload-types'

/** The officer an enquiry is handed to hears of it by e-mail; someone who takes it on themselves does not. */
export const notifyAssignee: CollectionAfterChangeHook<Enquiry> = async ({ doc, previousDoc, operation, req }) => {
  const assigneeId = relationId(doc.assignee)
  const previousAssigneeId = operation === 'update' ? relationId(previousDoc?.assignee) : null
  if (assigneeId === null || assigneeId === previousAssigneeId) return doc
  const actor = isStaffUser(req.user) ? req.user : null
  if (actor?.id === assigneeId) return doc
  const assignee = await req.payload.findByID({ collection: COLLECTION_SLUGS.users, id: assigneeId, depth: 0, req, disableErrors: true })
  if (!assignee) return doc
  const content = assignmentNotice({ enquiry: doc, assignerName: actor ? actor.name || actor.email : null, adminUrl: enquiryAdminUrl(doc.id) })
  await enqueueEmail({ req, to: assignee.email, content, kind: 'enquiry-assignment', enquiryId: doc.id })
  return doc
}
