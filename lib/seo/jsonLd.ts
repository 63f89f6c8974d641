/**
 * JSON for a `<script type="application/ld+json">`. Content written by editors ends up in it, so
 * `<`, `>` and `&` are written as JSON escapes (a title containing `</script>` cannot close the tag), and
 * so are the two line separators JavaScript once treated as line ends.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
