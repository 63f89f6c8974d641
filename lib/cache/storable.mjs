// Which rendered results the page cache keeps, for both cache handlers. Plain JavaScript: Next imports
// the handlers with Node, unbundled.

/**
 * A page that answered an error or a redirect (an unknown slug's 404, say) is not kept. Anyone can type
 * such addresses without end, and each would otherwise stay on disk or in Redis; rendering one again
 * costs what any uncached page costs.
 */
export function isStorable(/** @type {{ kind?: string; status?: number } | null} */ data) {
  return !(data?.kind === 'APP_PAGE' && typeof data.status === 'number' && data.status >= 300)
}
