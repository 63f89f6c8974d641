import type { ExecutionArgs, ValidationRule } from 'graphql'
import { type ComplexityEstimator, createComplexityRule, fieldExtensionsEstimator, simpleEstimator } from 'graphql-query-complexity'

import { GRAPHQL_LIMITS, refusedErrorsOfQueryText, shapeRules } from './queryText.mjs'

export { GRAPHQL_LIMITS }

/** Payload's own default page size, used when a list asks for none. */
const DEFAULT_PAGE_SIZE = 10
/** What a list with `limit: 0` or `pagination: false` (every document, unbounded) is counted as. */
const UNBOUNDED_PAGE_SIZE = 1000

/**
 * A list field costs its selection once per document it may return: `Projects(limit: 100) { docs { id title } }`
 * is about 300, where a plain field count says 4. Fields without a `limit` argument fall through to the
 * next estimator (Payload's per-field complexity on relationships, then 1 per field).
 */
const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'limit')) return undefined
  const limit = typeof args.limit === 'number' ? args.limit : DEFAULT_PAGE_SIZE
  const isUnbounded = args.pagination === false || limit <= 0
  return 1 + childComplexity * (isUnbounded ? UNBOUNDED_PAGE_SIZE : limit)
}

/** The validation rules Payload adds to its own (`graphQL.validationRules` in payload.config.ts). */
export function graphqlQueryLimitRules(args: ExecutionArgs): ValidationRule[] {
  return [
    ...shapeRules(),
    createComplexityRule({
      maximumComplexity: GRAPHQL_LIMITS.cost,
      variables: args.variableValues ?? undefined,
      operationName: args.operationName ?? undefined,
      estimators: [pageSizeEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    }),
  ]
}

/**
 * graphql-http answers a query refused before it ran (a syntax error, or a limit above) with 200 when the
 * client accepts plain `application/json`, which is what most clients send. Such a query did nothing: it
 * answers 400, as the GraphQL-over-HTTP spec does for `application/graphql-response+json`. A query that
 * ran keeps its 200, even with errors of its resolvers beside its `data`.
 */
export async function withRefusedQueriesAsBadRequest(response: Response): Promise<Response> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
  const text = await response.text()
  const isRefused = (() => {
    try {
      const body = JSON.parse(text) as Record<string, unknown>
      return !('data' in body) && Array.isArray(body.errors)
    } catch {
      return false
    }
  })()
  return new Response(text, { status: isRefused ? 400 : 200, headers: response.headers })
}

/**
 * A query refused by its text alone (it does not parse, or has too many aliases or too deep a nesting),
 * answered 400 before Payload sees it (the production server answers it even before Next, in
 * lib/graphql/queryText.mjs; this is the route's own check, for `next dev` and any other server). Payload would refuse it too, but only after setting up the request
 * (locales, authentication), reading the body again, parsing it again and validating it against the whole
 * schema with every rule at once: the review's 200 aliases took about 40 ms of the server that way, so
 * fifty at once kept every other request waiting. Here it costs one parse and one walk. Null for
 * anything else, which Payload answers (a body that is not a JSON query included).
 */
export function refusalOfQueryText(body: Uint8Array): Response | null {
  const errors = refusedErrorsOfQueryText(body)
  return errors ? Response.json({ errors: errors.map((error) => error.toJSON()) }, { status: 400 }) : null
}
