import type { DefaultServerCellComponentProps } from 'payload'

/** Characters of the message's first line the enquiries list shows; the whole message is one click away. */
const SHOWN = 80

/** The first line of what the investor wrote, so that an officer triages from the list without opening each enquiry. */
export function MessageCell({ cellData }: DefaultServerCellComponentProps) {
  const firstLine = typeof cellData === 'string' ? (cellData.split('\n').find((line) => line.trim()) ?? '').trim() : ''
  const shown = firstLine.length > SHOWN ? `${firstLine.slice(0, SHOWN - 1)}…` : firstLine
  return <span title={firstLine.length > SHOWN ? firstLine : undefined}>{shown}</span>
}
