import { useId } from 'react'

import { widthInEm, wrapLabel } from '@/lib/charts/wrapLabel'

export type Bar = { label: string; value: number; valueText: string; lang?: string }

type Props = { title: string; note: string; bars: Bar[] }

const FONT_SIZE = 14
const LINE_HEIGHT = 19
const BAR_HEIGHT = 12
const ROW_GAP = 20
/** A row's label and value share about 19 em, the chart's width on a 360 px phone; wider screens have room to spare. */
const ROW_EM = 19
const BOLD_LATIN_EM = 0.64

/** Where each row's label lines and bar sit: labels wrap, so rows differ in height. */
function layoutBars(bars: Bar[]) {
  const low = Math.min(0, ...bars.map((bar) => bar.value))
  const high = Math.max(0, ...bars.map((bar) => bar.value))
  const range = high - low || 1
  const zero = (-low / range) * 100
  const rows = []
  let top = 0
  for (const bar of bars) {
    const lines = wrapLabel(bar.label, ROW_EM - 1 - widthInEm(bar.valueText, BOLD_LATIN_EM))
    const barTop = top + lines.length * LINE_HEIGHT + 4
    const width = (Math.abs(bar.value) / range) * 100
    rows.push({ bar, lines, top, barTop, x: bar.value >= 0 ? zero : zero - width, width })
    top = barTop + BAR_HEIGHT + ROW_GAP
  }
  return { rows, height: top - ROW_GAP }
}

/**
 * Horizontal bars on one scale from zero, drawn on the server. The SVG scales with its container through
 * percentages rather than a viewBox, so text stays at reading size on a phone. Screen readers get the
 * title as its name and every value in its description; the same values are printed beside the bars.
 */
export function BarChart({ title, note, bars }: Props) {
  const id = useId()
  const titleId = `${id}-title`
  const descriptionId = `${id}-desc`
  const { rows, height } = layoutBars(bars)
  return (
    <figure className="rounded-2xl border border-line bg-paper p-5 sm:p-6">
      <figcaption id={titleId} className="text-base font-semibold text-sea-900">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        width="100%"
        height={height}
        className="mt-5 block overflow-visible"
        style={{ fontSize: FONT_SIZE }}
      >
        <title>{title}</title>
        <desc id={descriptionId}>{bars.map((bar) => `${bar.label}: ${bar.valueText}`).join('; ')}</desc>
        {rows.map(({ bar, lines, top, barTop, x, width }) => (
          <g key={bar.label}>
            <text lang={bar.lang} className="fill-ink-muted">
              {lines.map((line, index) => (
                <tspan key={index} x="0" y={top + (index + 1) * LINE_HEIGHT - 5}>
                  {line}
                </tspan>
              ))}
            </text>
            <text x="100%" y={top + LINE_HEIGHT - 5} textAnchor="end" className="fill-sea-900 font-bold tabular-nums">
              {bar.valueText}
            </text>
            <rect x="0" y={barTop} width="100%" height={BAR_HEIGHT} rx={BAR_HEIGHT / 2} className="fill-sea-50" />
            <rect x={`${x}%`} y={barTop} width={`${width}%`} height={BAR_HEIGHT} rx={BAR_HEIGHT / 2} className="fill-sea-600" />
          </g>
        ))}
      </svg>
      <p className="mt-4 text-xs text-ink-muted">{note}</p>
    </figure>
  )
}
