/** The id behind a relationship value, whether it arrived as an id or as the populated document. */
export function relationId(value: number | { id: number } | null | undefined): number | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}
