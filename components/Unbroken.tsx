import { unbrokenRuns } from '@/lib/format/unbroken'

/** A figure or fact as text, with each number and its measure word kept on one line (lib/format/unbroken.ts). */
export function Unbroken({ text }: { text: string }) {
  return (
    <>
      {unbrokenRuns(text).map((run, index) =>
        run.keep ? (
          <span key={index} className="whitespace-nowrap">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  )
}
