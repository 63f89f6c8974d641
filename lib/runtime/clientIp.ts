/**
 * The visitor's address for rate limiting: the first `X-Forwarded-For` hop set by the load balancer in
 * front of the instances (Next sets it from the socket when there is none), else `X-Real-IP`.
 */
export function clientIpOf(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers.get('x-real-ip') || 'unknown'
}
