import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance of this server process (created once, shared by every request). */
export function getPortalPayload(): Promise<Payload> {
  return getPayload({ config })
}
