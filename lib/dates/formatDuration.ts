const HOUR_MS = 60 * 60 * 1000

/** A duration as the reader's language writes it: hours below two days, days from then on. */
export function formatDuration(ms: number, language: string): string {
  const hours = ms / HOUR_MS
  const [value, unit] = hours >= 48 ? [hours / 24, 'day'] : [hours, 'hour']
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value)
}
