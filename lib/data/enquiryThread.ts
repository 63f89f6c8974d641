import { Forbidden } from 'payload'

import { INVESTOR_PAGE_CONTEXT } from '@/access/enquiries'
import { INVESTOR_OFFICER_CONTEXT, PARTNER_OFFICER_CONTEXT } from '@/access/users'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Enquiry, Partner } from '@/payload-types'
import type { Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'

export type ThreadReply = { id: number; from: 'officer' | 'investor' | 'partner'; body: string; createdAt: string }

export type EnquiryThread = Pick<Enquiry, 'id' | 'reference' | 'type' | 'name' | 'organisation' | 'message' | 'status' | 'dueAt' | 'createdAt' | 'satisfaction'> & {
  /** The published title of what the enquiry is about, in the page's language; null when none or unpublished. */
  subjectTitle: string | null
  /** The officer handling it, as they present themselves to investors; null until someone is assigned. */
  officer: { name: string; languages: Locale[]; photo: { url: string; width: number | null; height: number | null } | null } | null
  /** The thread after the first message, oldest first: the officers' replies, the investor's and the partner's. */
  replies: ThreadReply[]
  /** The partner that sent the enquiry for its client, by its organisation's name; null for an investor's own. */
  partnerName: string | null
}

/**
 * Who reads the thread: the investor holding the enquiry's private key, or the signed-in partner that sent
 * it. Either reads with their own access (access/enquiries.ts), so a wrong key or another partner's
 * enquiry reads nothing.
 */
export type ThreadReader = { investorKey: string } | { partner: Partner }

/**
 * The enquiry and its thread as its investor or partner sees them: what the investor wrote and where it
 * stands, never notes, assignee or history.
 */
export async function findEnquiryThread({ reference, reader, locale }: { reference: string; reader: ThreadReader; locale: Locale }): Promise<EnquiryThread | null> {
  const payload = await getPortalPayload()
  const asReader =
    'investorKey' in reader
      ? { context: { [INVESTOR_PAGE_CONTEXT]: { reference, key: reader.investorKey } } }
      : { user: { ...reader.partner, collection: COLLECTION_SLUGS.partners } }
  // A reader the access refuses reads nothing: Payload may answer such a read with Forbidden, here a page not found.
  const finding = payload
    .find({
      collection: COLLECTION_SLUGS.enquiries,
      where: { reference: { equals: reference } },
      ...asReader,
      overrideAccess: false,
      locale,
      select: {
        reference: true,
        type: true,
        subject: true,
        name: true,
        organisation: true,
        message: true,
        status: true,
        dueAt: true,
        createdAt: true,
        satisfaction: true,
        partner: true,
      },
      depth: 1,
      limit: 1,
      pagination: false,
    })
    .catch((error: unknown) => {
      if (error instanceof Forbidden) return null
      throw error
    })
  // Until someone is assigned the reader finds no account. Read beside the enquiry: its access goes by the reference alone.
  const findingOfficers = payload.find({
    collection: COLLECTION_SLUGS.users,
    ...('investorKey' in reader
      ? { context: { [INVESTOR_OFFICER_CONTEXT]: { reference, key: reader.investorKey } } }
      : { user: asReader.user, context: { [PARTNER_OFFICER_CONTEXT]: reference } }),
    overrideAccess: false,
    select: { name: true, languages: true, photo: true },
    depth: 1,
    limit: 1,
    pagination: false,
  })
  // Its failure is reported by the Promise.all below, or not at all when there is no enquiry to show.
  findingOfficers.catch(() => undefined)
  const found = await finding
  const enquiry = found?.docs[0]
  if (!enquiry) return null
  const [{ docs: replies }, { docs: officers }] = await Promise.all([
    payload.find({
      collection: COLLECTION_SLUGS.enquiryReplies,
      where: { enquiry: { equals: enquiry.id } },
      ...asReader,
      overrideAccess: false,
      select: { from: true, body: true, createdAt: true },
      sort: 'createdAt',
      depth: 0,
      limit: 200,
      pagination: false,
    }),
    findingOfficers,
  ])
  const officer = officers[0]
  const photo = officer && typeof officer.photo === 'object' && officer.photo?.url ? officer.photo : null
  const subject = enquiry.subject?.value
  const subjectTitle = subject && typeof subject === 'object' && 'title' in subject && typeof subject.title === 'string' ? subject.title : null
  const partner = enquiry.partner
  const { id, reference: storedReference, type, name, organisation, message, status, dueAt, createdAt, satisfaction } = enquiry
  return {
    id,
    reference: storedReference,
    type,
    name,
    organisation,
    message,
    status,
    dueAt,
    createdAt,
    satisfaction: satisfaction ?? null,
    officer: officer?.name
      ? { name: officer.name, languages: officer.languages ?? [], photo: photo ? { url: photo.url!, width: photo.width ?? null, height: photo.height ?? null } : null }
      : null,
    subjectTitle,
    replies: replies.map((reply) => ({ id: reply.id, from: reply.from ?? 'officer', body: reply.body, createdAt: reply.createdAt })),
    partnerName: partner && typeof partner === 'object' ? partner.organisation : null,
  }
}
