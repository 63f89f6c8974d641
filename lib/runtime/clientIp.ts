/**
 * The visitor's address for rate limiting. The production server (server.mjs) replaces
 * `X-Forwarded-For` with the one address it trusts (lib/runtime/clientAddress.mjs: the socket's, or the
 * proxies' named in `TRUSTED_PROXIES`), so the first hop here is never one the client chose.
 */
export function clientIpOf(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
}
