type CountMessage = 'summary' | 'groupCount' | 'showAll'

/**
 * The search page's message for a count, in `messages/*.json` under `search`: its `…Capped` form ("1,000+",
 * in the locale's number format) when counting stopped at the cap (lib/data/search.ts, SEARCH_COUNT_CAP).
 */
export function countMessage<M extends CountMessage>(message: M, isCapped: boolean): M | `${M}Capped` {
  return isCapped ? `${message}Capped` : message
}
