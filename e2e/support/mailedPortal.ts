import { type ParsedMail, simpleParser } from 'mailparser'
import pg from 'pg'
import { SMTPServer } from 'smtp-server'

import { createThrowawayDatabase } from '../../scripts/lib/throwaway-database'
import { findFreePort } from '../../scripts/lib/free-port'
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

function startSmtpServer(port: number, mail: ParsedMail[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((parsed) => {
          mail.push(parsed)
          done()
        })
        .catch(done)
    },
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

export async function startMailedPortal(): Promise<MailedPortal> {
  const mail: ParsedMail[] = []
  const smtpPort = await findFreePort()
  const smtp = await startSmtpServer(smtpPort, mail)
  const database = await createThrowawayDatabase(process.env.DATABASE_URI)
  let server: BackgroundProcess | null = null
  const stop = async () => {
    await server?.stop()
    await new Promise<void>((closed) => smtp.close(() => closed()))
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
    return { baseURL, mail, query, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
