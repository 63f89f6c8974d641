import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

const DEFAULT_SENDER_NAME = 'Invest Shibei'
const DEFAULT_SMTP_PORT = 587
const IMPLICIT_TLS_PORT = 465

/** Without SMTP_HOST there is nowhere to deliver: messages wait in the outbox until it is set. */
export function isSmtpConfigured(): boolean {
  return Boolean(process.env.SMTP_HOST)
}

/** `"Invest Shibei <invest@example.org>"` or a bare address, as SMTP_FROM may hold either. */
export function parseSender(from: string): { name: string; address: string } {
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from)
  if (named) return { name: named[1] || DEFAULT_SENDER_NAME, address: named[2].trim() }
  return { name: DEFAULT_SENDER_NAME, address: from.trim() }
}

/**
 * Payload's nodemailer adapter on the SMTP_* settings, or none when SMTP_HOST is unset. The transport is
 * not verified at start: a mail server that is down must not delay or fail the portal's start, and the
 * outbox retries whatever it could not deliver.
 */
/** Who the portal's mail comes from: SMTP_FROM, or a no-reply address on the SMTP host. */
export function portalSender(): { name: string; address: string } {
  return parseSender(process.env.SMTP_FROM || `${DEFAULT_SENDER_NAME} <noreply@${process.env.SMTP_HOST || 'localhost'}>`)
}

export function smtpEmailAdapter(): Promise<EmailAdapter> | undefined {
  if (!isSmtpConfigured()) return undefined
  const port = Number(process.env.SMTP_PORT) || DEFAULT_SMTP_PORT
  const sender = portalSender()
  const user = process.env.SMTP_USER
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    skipVerify: true,
    transportOptions: {
      host: process.env.SMTP_HOST,
      port,
      secure: port === IMPLICIT_TLS_PORT,
      auth: user ? { user, pass: process.env.SMTP_PASS } : undefined,
    },
  })
}
