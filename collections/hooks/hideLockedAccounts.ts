import { AuthenticationError, type CollectionAfterErrorHook, formatErrors, LockedAuth } from 'payload'

/**
 * A sign-in to a locked account answers exactly as one to an unknown address or a wrong password, so
 * trying addresses against the login cannot tell which accounts exist and which are locked.
 */
export const hideLockedAccounts: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth)) return
  const unknown = new AuthenticationError(req.t)
  return { response: formatErrors(unknown), status: unknown.status }
}
