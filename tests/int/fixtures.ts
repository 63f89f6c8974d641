import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Partner } from '@/payload-types'

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

/** A minimal Lexical document with one paragraph, as the admin's editor saves it. */
export function richText(text: string) {
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          direction: 'ltr' as const,
          format: '' as const,
          indent: 0,
          version: 1,
          textFormat: 0,
          children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  }
}
