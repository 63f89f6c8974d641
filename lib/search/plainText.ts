type LexicalNode = { type?: string; text?: unknown; children?: unknown }

/** The text of a Lexical document, a block per line: what the search indexes and quotes. */
export function richTextToPlainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const lines: string[] = []
  const walk = (node: LexicalNode): string => {
    if (typeof node.text === 'string') return node.text
    if (node.type === 'linebreak') return '\n'
    return Array.isArray(node.children) ? (node.children as LexicalNode[]).map(walk).join('') : ''
  }
  for (const block of Array.isArray(root.children) ? (root.children as LexicalNode[]) : []) {
    const line = walk(block).trim()
    if (line) lines.push(line)
  }
  return lines.join('\n')
}
