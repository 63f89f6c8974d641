// The visitor's address, for the per-address rate limits. It comes from the TCP socket, unless
// TRUSTED_PROXIES names the proxies in front of the instances, the way Express's `trust proxy` does
// (the proxy-addr package, which Express itself uses):
//   unset or empty   trust no header: the socket's address is the visitor's
//   2                trust that many hops: the address the second proxy from us saw
//   10.0.0.0/8, ::1  trust these addresses or CIDR ranges (also loopback, linklocal, uniquelocal)
// Plain JavaScript, because server.mjs runs it without a TypeScript loader.
import proxyAddr from 'proxy-addr'

/** @param {string | undefined} setting @returns {(address: string, hop: number) => boolean} */
export function trustedProxies(setting) {
  const value = (setting ?? '').trim()
  if (value === '') return () => false
  if (/^\d+$/.test(value)) {
    const hops = Number(value)
    return (_address, hop) => hop < hops
  }
  return proxyAddr.compile(value.split(',').map((entry) => entry.trim()).filter(Boolean))
}

/**
 * Sets `X-Forwarded-For` to the one address the trusted proxies vouch for (the socket's when none is
 * trusted), replacing whatever the client sent, so that Next and every reader downstream see only that.
 * @param {import('node:http').IncomingMessage} req
 * @param {(address: string, hop: number) => boolean} trust
 */
export function pinClientAddress(req, trust) {
  const address = proxyAddr(req, trust)
  req.headers['x-forwarded-for'] = address
  delete req.headers['x-real-ip']
}
