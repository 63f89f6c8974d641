import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { enquiryRateLimits, type RateLimitVerdict, sharedRateLimiter } from '../enquiries/rateLimit'

let limiters: { ip: RateLimiterAbstract; email: RateLimiterAbstract } | null = null

/**
 * Counts one alerts request against its IP and its e-mail address, with the enquiry form's allowances
 * per hour: each request e-mails a confirmation link, so the form must not become a way to flood an inbox.
 */
export async function consumeAlertAllowance(args: { ip: string; email: string }): Promise<RateLimitVerdict> {
  if (!limiters) {
    const { perIp, perEmail } = enquiryRateLimits()
    limiters = { ip: sharedRateLimiter('alert-ip', perIp), email: sharedRateLimiter('alert-email', perEmail) }
  }
  try {
    await Promise.all([limiters.ip.consume(args.ip), limiters.email.consume(args.email.toLowerCase())])
    return { isAllowed: true }
  } catch (error) {
    if (error instanceof RateLimiterRes) return { isAllowed: false, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) }
    throw error
  }
}
