/**
 * The version of the privacy notice the enquiry form shows (its text is `enquire.privacy` in the
 * messages). Change it whenever that text changes: each enquiry stores the version its sender accepted.
 */
export const PRIVACY_NOTICE_VERSION = '2026-11-25'
