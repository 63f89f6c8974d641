import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance of this test file, on its own database (tests/int/setup/file-database.ts). */
export function getTestPayload(): Promise<Payload> {
  return getPayload({ config })
}
