/** The words of a rich text (Lexical JSON), one paragraph a line; a plain string trimmed. Safe in the browser. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (!value || typeof value !== 'object') return ''
  const lines: string[] = []
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text, children, type } = node as { text?: unknown; children?: unknown[]; type?: string }
    if (typeof text === 'string') return text
    const inner = Array.isArray(children) ? children.map(walk).join('') : ''
    if (type === 'paragraph' || type === 'heading' || type === 'listitem' || type === 'quote') {
      lines.push(inner)
      return ''
    }
    return inner
  }
  const rest = walk((value as { root?: unknown }).root ?? value)
  if (rest) lines.push(rest)
  return lines.join('\n').trim()
}
