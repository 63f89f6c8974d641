import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance of this test file, on the run's throwaway database. */
export function getTestPayload(): Promise<Payload> {
  return getPayload({ config })
}
