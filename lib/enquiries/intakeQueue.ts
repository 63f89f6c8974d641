import type { Payload } from 'payload'

import { claimWaitingIntake } from './intake'
import { storeIntakeEnquiry } from './storeIntake'

/**
 * How many submissions one process stores while their senders wait. Past that, or while older
 * submissions are still waiting, a submission is answered once accepted and stored from the queue:
 * under a flood the form keeps answering at the speed of one INSERT, and the enquiries follow as fast
 * as Payload can create them.
 */
const INLINE_CAPACITY = 2

/** Submissions claimed from the queue at once: one short query per batch, stored one by one. */
const BATCH_SIZE = 20

let storingInline = 0
let draining: Promise<void> | null = null
let hasNewWork = false

/** True when the caller may store its submission now (then it must call `releaseInlineSlot`). */
export function takeInlineSlot(): boolean {
  if (draining || storingInline >= INLINE_CAPACITY) return false
  storingInline++
  return true
}

export function releaseInlineSlot(): void {
  storingInline = Math.max(0, storingInline - 1)
}

/**
 * Stores every waiting submission this process can claim, oldest first, until none is left. One drain
 * runs per process at a time; a call during a drain makes it look again before it ends, and resolves
 * with it. Other instances drain the same queue side by side (rows are claimed with SKIP LOCKED).
 */
export function drainEnquiryIntake(payload: Payload): Promise<void> {
  hasNewWork = true
  draining ??= (async () => {
    try {
      while (hasNewWork) {
        hasNewWork = false
        for (let rows = await claimWaitingIntake(payload, BATCH_SIZE); rows.length > 0; rows = await claimWaitingIntake(payload, BATCH_SIZE)) {
          for (const row of rows) await storeIntakeEnquiry(payload, row)
        }
      }
    } finally {
      draining = null
    }
  })()
  return draining
}

/** Starts a drain without waiting for it; its failures are logged, and the scheduled task tries again. */
export function startIntakeDrain(payload: Payload): void {
  drainEnquiryIntake(payload).catch((error: unknown) => payload.logger.error({ msg: 'The enquiry queue could not be drained', err: error }))
}
