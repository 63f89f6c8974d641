import type { Locale } from '../i18n/locales'
import type { IntakeSubmission } from './intakeTable'

/** A form submission accepted while PostgreSQL was away, on its way into the intake. */
export type SpooledSubmission = {
  kind?: 'enquiry'
  idempotencyKey: string
  emailHash: string
  reference: string
  locale: Locale
  partnerId: number | null
  submission: IntakeSubmission
  receivedAt: string
}

/** A reply to an enquiry's thread written while PostgreSQL was away, on its way onto the thread. */
export type SpooledReply = {
  kind: 'reply'
  /** Drawn when the reply was accepted: the entry's name in the spool, and in the log. */
  replyKey: string
  /** The enquiry replied to. */
  reference: string
  locale: Locale
  /** The investor (from the private page, whose key was checked) or the partner that sent the enquiry. */
  sender: { investor: true } | { partnerId: number }
  body: string
  receivedAt: string
}

export type SpoolEntry = SpooledSubmission | SpooledReply

export function isSpooledReply(entry: SpoolEntry): entry is SpooledReply {
  return entry.kind === 'reply'
}

/**
 * Where accepted work waits for PostgreSQL: this host's disk (lib/enquiries/spoolDisk.ts) or, with
 * REDIS_URL, Redis, which every instance reads (lib/enquiries/spoolRedis.ts). Chosen in one place,
 * `enquirySpool()` in lib/enquiries/spool.ts. Entries are named by an id the caller derives from the
 * submission's idempotency key, so a retry finds its twin.
 */
export type SpoolStore = {
  /** What the log calls it. */
  readonly name: string
  /**
   * Keeps `entry` under `id` unless an entry is there already; resolves with the entry kept (the twin,
   * when there was one) only once the store has it durably.
   */
  keep(id: string, entry: SpoolEntry): Promise<SpoolEntry>
  read(id: string): Promise<SpoolEntry | null>
  list(): Promise<{ id: string; entry: SpoolEntry }[]>
  /**
   * Takes the entry for replay: of any number of processes claiming it at once, on any instance, one gets
   * it and the others null, until it is released, removed, or its claimer has held it past `leaseMs`
   * (a process that died mid-replay).
   */
  claim(id: string, now: Date, leaseMs: number): Promise<SpoolEntry | null>
  /** Gives a claimed entry back for a later try. */
  release(id: string): Promise<void>
  /** Forgets a claimed entry: it is in the database now. */
  remove(id: string): Promise<void>
}
