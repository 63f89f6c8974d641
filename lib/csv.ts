/**
 * One CSV field: quoted when needed, and a leading = + - @ (or tab, CR) defused with an apostrophe so a
 * spreadsheet never runs what an investor typed as a formula.
 */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows of fields as CSV text with CRLF line ends and a byte-order mark, so Excel reads the CJK text as UTF-8. */
export function toCsv(rows: unknown[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
}
