/*
 * Payload's GraphQL API, as Payload generates it, with the request body and the query's cost bounded
 * (lib/graphql/queryLimits.ts). A query its text alone refuses is answered before Payload sees it.
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { GRAPHQL_LIMITS, refusalOfQueryText, withRefusedQueriesAsBadRequest } from '@/lib/graphql/queryLimits'
import { withBodyLimit } from '@/lib/http/bodyLimit'
import { requestLocale } from '@/lib/http/requestLocale'
import { translatorFor } from '@/lib/i18n/translator'

const answerGraphql = GRAPHQL_POST(config)

/**
 * A body sent as JSON that is not JSON: Payload throws its own 400 while it sets up the request, outside
 * the handler that would answer it, and Next then answers 500.
 */
async function refusalOfInvalidJson(request: Request, body: Uint8Array): Promise<Response | null> {
  if (!request.headers.get('content-type')?.toLowerCase().includes('json') || body.length === 0) return null
  try {
    JSON.parse(Buffer.from(body).toString('utf8'))
    return null
  } catch {
    const t = await translatorFor(requestLocale(request))
    return Response.json({ errors: [{ message: t('badRequest.invalidJson') }] }, { status: 400 })
  }
}

export const POST = withBodyLimit(
  async (request, body) => (await refusalOfInvalidJson(request, body)) ?? refusalOfQueryText(body) ?? withRefusedQueriesAsBadRequest(await answerGraphql(request)),
  {
    maxBytes: GRAPHQL_LIMITS.bodyBytes,
    refuse: async (request, { status }) => {
      const t = await translatorFor(requestLocale(request))
      return Response.json({ errors: [{ message: t('badRequest.tooLarge') }] }, { status })
    },
  },
)
export const OPTIONS = REST_OPTIONS(config)
