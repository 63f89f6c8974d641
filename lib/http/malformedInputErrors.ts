import type { AfterErrorHook } from 'payload'

import { DEFAULT_LOCALE, isLocale } from '../i18n/locales'
import { translatorFor } from '../i18n/translator'

/**
 * PostgreSQL's class 22, "data exception": a value the query carried is not valid for its column
 * (`abc` or `1.5` as an id, a NUL byte in a text, a page before the first, a number out of range).
 * Payload hands REST parameters (`/api/projects/abc`, `?page=-5`, `where[id][in]=abc`) to the database
 * as they come, so these errors are always the request's, never the server's.
 */
const DATA_EXCEPTION_CLASS = '22'

function databaseErrorCode(error: unknown): string | null {
  for (let cause = error, hops = 0; cause && typeof cause === 'object' && hops < 4; cause = (cause as { cause?: unknown }).cause, hops++) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return null
}

export function isMalformedInputError(error: unknown): boolean {
  return databaseErrorCode(error)?.startsWith(DATA_EXCEPTION_CLASS) ?? false
}

/**
 * Payload's `afterError` hook: a malformed value in a REST or GraphQL request answers 400 with a message
 * in the requester's language (Payload's own, from Accept-Language) instead of 500.
 */
export const answerMalformedInputWithBadRequest: AfterErrorHook = async ({ error, req, graphqlResult }) => {
  if (!isMalformedInputError(error)) return
  const language = req.i18n?.language
  const t = await translatorFor(isLocale(language) ? language : DEFAULT_LOCALE)
  const message = t('badRequest.malformedQuery')
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { status: 400, response: { errors: [{ message }] } }
}
