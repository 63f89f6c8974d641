import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * A secret that a message must carry (a password-reset token) is kept out of its text: the outbox shows
 * this mark where it goes, and holds the secret itself sealed with AES-256-GCM under a key drawn from
 * `PAYLOAD_SECRET`, in a field no account can read. The sender puts it back at the last moment.
 */
export const SECRET_MARK = '[hidden]'

function key(): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set: a secret cannot be sealed without it')
  return createHash('sha256').update(`outbox-secret:${secret}`).digest()
}

export function sealSecret(secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')
}

export function unsealSecret(sealed: string): string {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'))
  const decipher = createDecipheriv('aes-256-gcm', key(), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')
}

/** The message as it is sent: the mark replaced by the secret, in the text and in the HTML. */
export function revealSecret<T extends { text: string; html?: string | null }>(message: T, secret: string): T {
  return { ...message, text: message.text.replaceAll(SECRET_MARK, secret), html: message.html?.replaceAll(SECRET_MARK, secret) ?? message.html }
}
