import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import {
  type DocumentNode,
  type ExecutionArgs,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import { type ComplexityEstimator, createComplexityRule, fieldExtensionsEstimator, simpleEstimator } from 'graphql-query-complexity'

/**
 * What one GraphQL request may ask of the server. All are checked while the query is validated, before
 * any resolver touches the database, so a refused query costs the parse and a walk of its fields.
 */
export const GRAPHQL_LIMITS = {
  /** Bytes of the request body: a hand-written query of the portal's size is well under 4 KB. */
  bodyBytes: 32 * 1024,
  /** Aliased fields per operation, fragments included: each alias is one more full query. */
  aliases: 10,
  /** Nesting of selections: a list, its documents, a relationship and its fields is 4. */
  depth: 8,
  /** Documents times fields, counted as below. */
  cost: 2000,
} as const

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

/**
 * GraphQL Armor's rules throw by default, which graphql-http answers 500: reported as validation errors
 * instead, they answer 400 with the reason.
 */
const reportedAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  exposeLimits: true,
}

/** The limits a query's text alone decides: its aliases and its depth. */
function shapeRules(): ValidationRule[] {
  return [
    maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...reportedAsValidationError }),
    maxDepthRule({ n: GRAPHQL_LIMITS.depth, ...reportedAsValidationError }),
  ]
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
 * The shape rules walk the document and its fragments, never its types: a schema of one field is enough
 * to run them, where Payload's is built from every collection.
 */
const SHAPE_ONLY_SCHEMA = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { shapeOnly: { type: GraphQLString } } }),
})

/**
 * A query refused by its text alone (it does not parse, or has too many aliases or too deep a nesting),
 * answered 400 before Payload sees it. Payload would refuse it too, but only after setting up the request
 * (locales, authentication), reading the body again, parsing it again and validating it against the whole
 * schema with every rule at once: the review's 200 aliases took about 40 ms of the server that way, so
 * fifty at once kept every other request waiting. Here it costs one parse and one walk. Null for
 * anything else, which Payload answers (a body that is not a JSON query included).
 */
export function refusalOfQueryText(body: Uint8Array): Response | null {
  let query: unknown
  try {
    query = (JSON.parse(Buffer.from(body).toString('utf8')) as { query?: unknown }).query
  } catch {
    return null
  }
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (error) {
    return error instanceof GraphQLError ? refused([error]) : null
  }
  const errors = validate(SHAPE_ONLY_SCHEMA, document, shapeRules())
  return errors.length > 0 ? refused(errors) : null
}

function refused(errors: readonly GraphQLError[]): Response {
  return Response.json({ errors: errors.map((error) => error.toJSON()) }, { status: 400 })
}
