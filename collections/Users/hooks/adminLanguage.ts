import type { CollectionAfterChangeHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../lib/i18n/locales'
import type { User } from '../../../payload-types'

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

/** The account's admin language; zh for an account saved before it had one. */
export function adminLanguageOf(user: Pick<User, 'adminLanguage'> | null | undefined): Locale {
  const language = user?.adminLanguage
  return isLocale(language) ? language : DEFAULT_LOCALE
}

/**
 * Payload picks the admin's language from its `<prefix>-lng` cookie (else the browser's Accept-Language)
 * before it knows who is signed in: the answer that signs a staff member in, or saves their own language,
 * sets that cookie to their choice, as the admin's own language switch would. Payload's REST handler adds
 * `req.responseHeaders` to its response.
 */
function setAdminLanguageCookie(req: PayloadRequest, language: Locale): void {
  const name = `${req.payload.config.cookiePrefix || 'payload'}-lng`
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', `${name}=${language}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`)
}

export const setAdminLanguageOnLogin: CollectionAfterLoginHook<User> = ({ req, user }) => {
  setAdminLanguageCookie(req, adminLanguageOf(user))
}

/** Only a staff member's change of their own language: an admin editing a colleague keeps their own. */
export const setAdminLanguageOnOwnChange: CollectionAfterChangeHook<User> = ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !isStaffUser(req.user) || req.user.id !== doc.id) return doc
  if (doc.adminLanguage !== previousDoc?.adminLanguage) setAdminLanguageCookie(req, adminLanguageOf(doc))
  return doc
}
