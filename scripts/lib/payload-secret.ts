import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { DATA_DIR } from './data-dir'

const SECRET_FILE = path.join(DATA_DIR, 'payload-secret')

export const MISSING_SECRET_MESSAGE =
  'PAYLOAD_SECRET is not set: production needs its own secret (for example `openssl rand -hex 32`) in the environment or .env.'

/**
 * The secret that signs sessions. Production must bring its own; development and the demo keep one
 * generated on first use in `.data/`, so sessions survive restarts without anyone configuring it.
 */
export function resolvePayloadSecret({ mayGenerate }: { mayGenerate: boolean }): string {
  const fromEnvironment = process.env.PAYLOAD_SECRET
  if (fromEnvironment) return fromEnvironment
  if (!mayGenerate) throw new Error(MISSING_SECRET_MESSAGE)
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(DATA_DIR, { recursive: true })
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 })
  return secret
}
