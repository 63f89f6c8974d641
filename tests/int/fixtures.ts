import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Partner } from '@/payload-types'
import { paragraphsToRichText } from '@/scripts/seed/richText'

export const TEST_PASSWORD = `pw-${randomBytes(12).toString('hex')}`

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex')
}

export async function createPartner(payload: Payload, organisation: string): Promise<Partner> {
  return payload.create({
    collection: COLLECTION_SLUGS.partners,
    data: { email: `${uniqueSuffix()}@partner.test`, password: TEST_PASSWORD, organisation },
  })
}

/** A one-paragraph Lexical document, as the admin's editor saves it. */
export function richText(text: string) {
  return paragraphsToRichText([text])
}
