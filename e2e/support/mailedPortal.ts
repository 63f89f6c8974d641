import type { ParsedMail } from 'mailparser'
import pg from 'pg'

import { createThrowawayDatabase } from '../../scripts/lib/throwaway-database'
import { findFreePort } from '../../scripts/lib/free-port'
import { startSmtpSink } from '../../scripts/lib/smtp-sink'
import { type BackgroundProcess, spawnBackground, waitForHealthy } from '../../scripts/lib/background-process'
import { productionEnv } from '../../scripts/lib/production-server'
import { migrate } from '../scaleOutCluster'

/**
 * A production server of the existing build that sends its e-mail to an SMTP server the test runs, on a
 * throwaway database of its own. The shared e2e server sends nothing (no SMTP_HOST) and holds the job
 * runner's lock on its database: this one runs the jobs of its own database, the outbox's every 15 s.
 */
export type MailedPortal = {
  baseURL: string
  /** Every message the SMTP server accepted, parsed, in the order they came. */
  mail: ParsedMail[]
  /** One statement on this portal's database (to move its clock, as the tests of other parts do). */
  query: <Row extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<Row[]>
  stop: () => Promise<void>
}

export async function startMailedPortal(): Promise<MailedPortal> {
  const smtpPort = await findFreePort()
  const smtp = await startSmtpSink(smtpPort)
  const database = await createThrowawayDatabase(process.env.DATABASE_URI)
  let server: BackgroundProcess | null = null
  const stop = async () => {
    await server?.stop()
    await smtp.stop()
    await database.destroy()
  }
  try {
    const port = await findFreePort()
    const baseURL = `http://127.0.0.1:${port}`
    const env = productionEnv(database.uri, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_FROM: 'Invest Shibei <invest@shibei.e2e.test>',
      SERVER_URL: baseURL,
      PORT: String(port),
    })
    await migrate(env)
    server = spawnBackground('mailed portal', process.execPath, ['server.mjs'], env)
    await waitForHealthy(baseURL, server)
    const query = async <Row extends Record<string, unknown>>(text: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: database.uri })
      await client.connect()
      try {
        return (await client.query<Row>(text, values)).rows
      } finally {
        await client.end()
      }
    }
    return { baseURL, mail: smtp.received, query, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
