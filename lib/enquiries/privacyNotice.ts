/**
 * The version of the privacy notice: the summary the enquiry form shows (`enquire.privacy` in the
 * messages) and the full notice at `/{locale}/privacy` (`bureau.privacy`). Change it whenever either text
 * changes: each enquiry stores the version its sender accepted.
 */
export const PRIVACY_NOTICE_VERSION = '2026-12-05'
