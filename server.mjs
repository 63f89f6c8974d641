// The production server: Next's request handler behind the short-lived response cache of cached pages
// (lib/cache/responseCache.mjs). `npm start`, the end-to-end tests and the bench run it with Node,
// `node server.mjs` after `npm run build`, on PORT (3000 by default), on every interface. Plain
// JavaScript: under a TypeScript loader Next renders a quarter slower.
import { createServer } from 'node:http'

import next from 'next'

import { forgetCachedResponsesOnAnyPublish, serveThroughResponseCache } from './lib/cache/responseCache.mjs'
import { answerUnavailableWhenDatabaseIs } from './lib/db/unavailableResponse.mjs'
import { answerRefusedGraphqlQuery, isCheckableGraphqlPost } from './lib/graphql/queryText.mjs'
import { refuseUnservableRequest } from './lib/http/requestGuard.mjs'
import { holdHtmlForScriptHashes } from './lib/http/scriptHashes.mjs'
import { createSecurityHeaders } from './lib/http/securityHeaders.mjs'
import { pinClientAddress, trustedProxies } from './lib/runtime/clientAddress.mjs'

const port = Number(process.env.PORT ?? 3000)
// Without REDIS_URL, next.config.mjs's cache handler is the file-system one: loaded now, a scheduled
// publish before the first request can expire its tags (lib/cache/revalidate.ts).
if (!process.env.REDIS_URL) await import('./lib/cache/file-cache-handler.mjs')
const app = next({ dev: false, port })
const handle = app.getRequestHandler()
await app.prepare()
const setSecurityHeaders = createSecurityHeaders({ serverUrl: process.env.SERVER_URL })
forgetCachedResponsesOnAnyPublish()

const trust = trustedProxies(process.env.TRUSTED_PROXIES)

/** Next's answer, through the response cache. */
function answerThroughNext(req, res, face) {
  pinClientAddress(req, trust)
  // A portal page's policy names its inline scripts (lib/http/scriptHashes.mjs). Hooked inside the
  // response cache, which then keeps the final header with the bytes and answers again without hashing.
  const answer = () => {
    if (face === 'portal') holdHtmlForScriptHashes(res)
    return handle(req, res)
  }
  return answerUnavailableWhenDatabaseIs(res, () => serveThroughResponseCache(req, res, answer))
}

function answerFailed(res, error) {
  console.error('The request could not be answered', error)
  if (!res.headersSent) res.writeHead(500).end()
}

const server = createServer((req, res) => {
  const face = setSecurityHeaders(req, res)
  if (refuseUnservableRequest(req, res)) return
  // A GraphQL query refused by its text alone is answered here, before Next (lib/graphql/queryText.mjs).
  if (isCheckableGraphqlPost(req)) {
    answerRefusedGraphqlQuery(req, res)
      .then((handedOn) => handedOn && answerThroughNext(handedOn, res, face))
      .catch((error) => answerFailed(res, error))
    return
  }
  answerThroughNext(req, res, face).catch((error) => answerFailed(res, error))
})
// Node closes an idle kept-alive connection after 5 s by default. A client (a load balancer, whose idle
// timeout is commonly 60 s, or a test's request context) that sends on it just as it closes gets a reset
// instead of an answer: seen in CI after a test paused its requests for about 5 s. The server waits longer
// than such clients keep a connection idle.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.listen(port, () => console.log(`✓ Ready on port ${port}`))

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => server.close(() => process.exit(0)))
}
