import type { Segment } from '@/lib/search/highlight'

/** Text with the searched words in `<mark>`; every piece is rendered as text, so nothing typed becomes HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.isMatch ? (
      <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  )
}
