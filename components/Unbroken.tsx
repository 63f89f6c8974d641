import { markedRuns } from '@/lib/currency/marked'
import { unbrokenRuns } from '@/lib/format/unbroken'

/**
 * A figure or fact as text, with each number and its measure word kept on one line (lib/format/unbroken.ts);
 * an amount's marked conversion as the element the reader's choice of currency rewrites (components/currency/).
 */
export function Unbroken({ text }: { text: string }) {
  return (
    <>
      {markedRuns(text).map((run, index) =>
        'yuan' in run ? (
          <span key={index} data-yuan={run.yuan} data-separator={run.separator || undefined}>
            {run.text ? <UnbrokenRuns text={run.separator + run.text} /> : null}
          </span>
        ) : (
          <UnbrokenRuns key={index} text={run.text} />
        ),
      )}
    </>
  )
}

function UnbrokenRuns({ text }: { text: string }) {
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
