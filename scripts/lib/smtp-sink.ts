import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpSink = {
  /** Every message the server accepted, parsed, in the order they came. */
  received: ParsedMail[]
  stop: () => Promise<void>
}

/**
 * A real SMTP server on loopback that keeps every message it accepts: the mailbox of the tests that
 * follow the portal's e-mail out of the door (the outbox's integration test, the mailed e2e portal).
 */
export function startSmtpSink(port: number): Promise<SmtpSink> {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail)
          done()
        })
        .catch(done)
    },
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve({ received, stop: () => new Promise<void>((closed) => server.close(() => closed())) }))
  })
}
