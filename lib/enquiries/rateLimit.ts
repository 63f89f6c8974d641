import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { getRedisClient } from '../redis/client'

/**
 * How many enquiries one IP address and one e-mail address may send per hour. The defaults suit people;
 * only an explicit setting (the benchmark's) raises them.
 */
export function enquiryRateLimits(env: NodeJS.ProcessEnv = process.env) {
  return {
    perIp: positiveInteger(env.ENQUIRY_RATE_LIMIT_PER_IP) ?? 10,
    perEmail: positiveInteger(env.ENQUIRY_RATE_LIMIT_PER_EMAIL) ?? 5,
  }
}

const WINDOW_SECONDS = 60 * 60

/** How many wrong keys one address may try on enquiries' private pages in a window before every try is refused. */
const PAGE_KEY_FAILURES = 20
const PAGE_KEY_WINDOW_SECONDS = 15 * 60

type Limiters = { ip: RateLimiterAbstract; email: RateLimiterAbstract; pageKey: RateLimiterAbstract }

let limiters: Limiters | null = null

/**
 * A limiter of `points` per `duration` seconds, counted in Redis when `REDIS_URL` is set, so every instance
 * shares one count; in memory otherwise.
 */
export function sharedRateLimiter(keyPrefix: string, points: number, duration = WINDOW_SECONDS): RateLimiterAbstract {
  const redis = getRedisClient()
  const memory = new RateLimiterMemory({ keyPrefix, points, duration })
  // If Redis is unreachable the instance keeps limiting on its own rather than letting everything through.
  return redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: memory }) : memory
}

function enquiryLimiters(): Limiters {
  if (limiters) return limiters
  const { perIp, perEmail } = enquiryRateLimits()
  const make = sharedRateLimiter
  limiters = {
    ip: make('enquiry-ip', perIp),
    email: make('enquiry-email', perEmail),
    pageKey: make('enquiry-page-key', PAGE_KEY_FAILURES, PAGE_KEY_WINDOW_SECONDS),
  }
  return limiters
}

/** Whether this address has tried too many wrong keys on private pages lately; its tries then open nothing. */
export async function isPageKeyGuessingBlocked(ip: string): Promise<boolean> {
  const tries = await enquiryLimiters().pageKey.get(ip)
  return (tries?.consumedPoints ?? 0) >= PAGE_KEY_FAILURES
}

/** Counts one wrong or missing key from this address. */
export async function countWrongPageKey(ip: string): Promise<void> {
  await enquiryLimiters()
    .pageKey.consume(ip)
    .catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error
    })
}

export type RateLimitVerdict = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

/** Counts one submission against its IP and its e-mail address; refuses once either is spent. */
export async function consumeEnquiryAllowance(args: { ip: string; email: string }): Promise<RateLimitVerdict> {
  const { ip, email } = enquiryLimiters()
  try {
    await Promise.all([ip.consume(args.ip), email.consume(args.email.toLowerCase())])
    return { isAllowed: true }
  } catch (error) {
    if (error instanceof RateLimiterRes) return { isAllowed: false, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) }
    throw error
  }
}

/** Gives back what `consumeEnquiryAllowance` counted, for a submission that turned out to be a retry. */
export async function refundEnquiryAllowance(args: { ip: string; email: string }): Promise<void> {
  const { ip, email } = enquiryLimiters()
  await Promise.all([ip.reward(args.ip), email.reward(args.email.toLowerCase())])
}

function positiveInteger(value: string | undefined): number | null {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : null
}
