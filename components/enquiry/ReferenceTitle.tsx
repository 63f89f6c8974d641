const MARK = '\u0000'

/**
 * A sentence that carries an enquiry's reference (SB-2026-000001), with the reference kept on one line: a
 * phone would otherwise break it at its hyphens. `sentence` is the translated text with MARK in its place.
 */
export function ReferenceTitle({ sentence, reference }: { sentence: (reference: string) => string; reference: string }) {
  const [before, after = ''] = sentence(MARK).split(MARK)
  return (
    <>
      {before}
      <span className="whitespace-nowrap">{reference}</span>
      {after}
    </>
  )
}
