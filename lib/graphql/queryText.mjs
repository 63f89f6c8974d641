/**
 * What a GraphQL query's text alone decides: its size, its aliases and its depth. Plain JavaScript with
 * JSDoc types, because the production server (server.mjs) refuses such a query itself, before Next and
 * Payload see the request; lib/graphql/queryLimits.ts adds the cost limit, which needs Payload's schema.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { IncomingMessage } from 'node:http'

import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, validate } from 'graphql'

/**
 * What one GraphQL request may ask of the server. All are checked while the query is validated, before
 * any resolver touches the database, so a refused query costs the parse and a walk of its fields.
 */
export const GRAPHQL_LIMITS = /** @type {const} */ ({
  /** Bytes of the request body: a hand-written query of the portal's size is well under 4 KB. */
  bodyBytes: 32 * 1024,
  /**
   * Tokens of the query text (names, punctuation, values): ten aliases of thirty fields each are about 400.
   * The parser stops at the limit, so a flood costs a fraction of one parse and no walk of its fields.
   */
  tokens: 1000,
  /** Aliased fields per operation, fragments included: each alias is one more full query. */
  aliases: 10,
  /** Nesting of selections: a list, its documents, a relationship and its fields is 4. */
  depth: 8,
  /** Documents times fields, counted in lib/graphql/queryLimits.ts. */
  cost: 2000,
})

/**
 * GraphQL Armor's rules throw by default, which graphql-http answers 500: reported as validation errors
 * instead, they answer 400 with the reason.
 */
const reportedAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (/** @type {import('graphql').ValidationContext | null} */ context, /** @type {GraphQLError} */ error) => context?.reportError(error),
  ],
  exposeLimits: true,
}

/**
 * The limits a query's text alone decides: its aliases and its depth.
 * @returns {import('graphql').ValidationRule[]}
 */
export function shapeRules() {
  return [maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...reportedAsValidationError }), maxDepthRule({ n: GRAPHQL_LIMITS.depth, ...reportedAsValidationError })]
}

/**
 * The shape rules walk the document and its fragments, never its types: a schema of one field is enough
 * to run them, where Payload's is built from every collection.
 */
const SHAPE_ONLY_SCHEMA = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { shapeOnly: { type: GraphQLString } } }),
})

/**
 * Why a query is refused by its text alone (it does not parse, or has too many aliases or too deep a
 * nesting), or null for anything else, which Payload answers (a body that is not a JSON query included).
 * @param {Uint8Array} body
 * @returns {readonly GraphQLError[] | null}
 */
export function refusedErrorsOfQueryText(body) {
  /** @type {unknown} */
  let query
  try {
    query = JSON.parse(Buffer.from(body).toString('utf8'))?.query
  } catch {
    return null
  }
  if (typeof query !== 'string') return null
  /** @type {import('graphql').DocumentNode} */
  let document
  try {
    document = parse(query, { maxTokens: GRAPHQL_LIMITS.tokens })
  } catch (error) {
    return error instanceof GraphQLError ? [error] : null
  }
  const errors = validate(SHAPE_ONLY_SCHEMA, document, shapeRules())
  return errors.length > 0 ? errors : null
}

/**
 * A `POST /api/graphql` whose query the production server checks itself: JSON, with a declared length
 * within the limit. Any other request, a body without a declared length or too large (the route answers
 * 413) or not JSON among them, goes to the route as it came.
 * @param {IncomingMessage} req
 */
export function isCheckableGraphqlPost(req) {
  if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/api/graphql') return false
  const length = Number(req.headers['content-length'])
  return Number.isInteger(length) && length > 0 && length <= GRAPHQL_LIMITS.bodyBytes && (req.headers['content-type'] ?? '').includes('json')
}

/**
 * For the production server, given a checkable request (above): answers 400 itself when the query's text
 * alone refuses it, and resolves null. Setting up a Next request and Payload costs several times the
 * check, so that a flood of such queries kept other requests waiting for seconds. Otherwise it resolves
 * the request to hand to Next: a copy of this one that carries the body read here (Next refuses a body
 * stream that was read from, even if the bytes are put back).
 * @param {IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {Promise<IncomingMessage | null>}
 */
export async function answerRefusedGraphqlQuery(req, res) {
  const body = await readBody(req)
  const errors = refusedErrorsOfQueryText(body)
  if (!errors) return replayOf(req, body)
  res.writeHead(400, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify({ errors: errors.map((error) => error.toJSON()) }))
  return null
}

/** @param {IncomingMessage} req @returns {Promise<Buffer>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk))
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
  })
}

/**
 * A request like `req`, on the same connection, whose body is `body`, unread.
 * @param {IncomingMessage} req
 * @param {Buffer} body
 */
function replayOf(req, body) {
  const replay = new IncomingMessage(req.socket)
  replay.method = req.method
  replay.url = req.url
  replay.headers = req.headers
  replay.headersDistinct = req.headersDistinct
  replay.rawHeaders = req.rawHeaders
  replay.httpVersion = req.httpVersion
  replay.httpVersionMajor = req.httpVersionMajor
  replay.httpVersionMinor = req.httpVersionMinor
  replay.complete = true
  replay.push(body)
  replay.push(null)
  return replay
}
