import { markedRuns } from '@/lib/currency/marked'
import { unbrokenRuns } from '@/lib/format/unbroken'

/**
 * A figure or fact as text, with each number and its measure word kept on one line (lib/format/unbroken.ts);
 * an amount's marked conversion as the element the reader's choice of currency rewrites (components/currency/).
 */
export function Unbroken({ text, breakAtSpaces = false }: { text: string; breakAtSpaces?: boolean }) {
  return (
    <>
      {markedRuns(text).map((run, index) =>
        'yuan' in run ? (
          <span key={index} data-yuan={run.yuan} data-separator={run.separator || undefined}>
            {run.text ? <UnbrokenRuns text={run.separator + run.text} breakAtSpaces={breakAtSpaces} /> : null}
          </span>
        ) : (
          <UnbrokenRuns key={index} text={run.text} breakAtSpaces={breakAtSpaces} />
        ),
      )}
    </>
  )
}

/** A word of Latin letters alone, which a line breaks only where the language hyphenates it. */
const LATIN_WORD = /^[A-Za-z'-]+$/

/**
 * `breakAtSpaces`: where the text stands alone in a narrow box (a key figure's card on a phone), a line
 * may break at a space inside a number's run ("3 / kindergartens", "2만 / 명"), and a long English word
 * may be hyphenated (the box sets `hyphens`); never inside a number or a number with its measure word
 * written together (5,300, 1100亿元, 2万人).
 */
function UnbrokenRuns({ text, breakAtSpaces }: { text: string; breakAtSpaces: boolean }) {
  return (
    <>
      {unbrokenRuns(text).flatMap((run, index) => {
        if (!run.keep) return [run.text]
        const pieces = breakAtSpaces ? run.text.split(/(\s+)/) : [run.text]
        return pieces.map((piece, pieceIndex) =>
          /^\s*$/.test(piece) || (breakAtSpaces && LATIN_WORD.test(piece)) ? (
            piece
          ) : (
            <span key={`${index}-${pieceIndex}`} className="whitespace-nowrap">
              {piece}
            </span>
          ),
        )
      })}
    </>
  )
}
