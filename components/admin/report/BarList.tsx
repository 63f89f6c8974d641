import { useId } from 'react'

import { REPORT_COLOURS } from './WeeklyChart'

export type BarRow = { label: string; value: number; detail?: string }

type Props = { title: string; note: React.ReactNode; rows: BarRow[]; testId?: string }

const ROW = 30
const LABEL_WIDTH = 360
const WIDTH = 760

/**
 * Horizontal bars on one scale from zero, drawn on the server as SVG; every label and value is printed
 * beside its bar and the SVG is described by them, so the chart is its own text equivalent.
 */
export function BarList({ title, note, rows, testId }: Props) {
  const id = useId()
  const high = Math.max(1, ...rows.map((row) => row.value))
  const barSpace = WIDTH - LABEL_WIDTH - 48
  return (
    <figure data-testid={testId} style={{ margin: 'calc(var(--base) * 1.5) 0' }}>
      <figcaption>
        <h2 id={`${id}-title`} style={{ marginBottom: 4 }}>
          {title}
        </h2>
        <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>{note}</p>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block', marginTop: 'var(--base)', fontSize: 13 }}
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{rows.map((row) => `${row.label}${row.detail ? ` (${row.detail})` : ''}: ${row.value}`).join('; ')}</desc>
        {rows.map((row, index) => (
          <g key={`${row.label}-${index}`} data-testid={testId ? `${testId}-row` : undefined}>
            <text x={0} y={index * ROW + 19} fill="currentColor">
              {row.label}
              {row.detail ? <tspan fill="var(--theme-elevation-600)">{` · ${row.detail}`}</tspan> : null}
            </text>
            <rect x={LABEL_WIDTH} y={index * ROW + 8} width={barSpace} height={14} rx={3} fill="var(--theme-elevation-100)" />
            <rect x={LABEL_WIDTH} y={index * ROW + 8} width={(row.value / high) * barSpace} height={14} rx={3} fill={REPORT_COLOURS[0]} />
            <text x={WIDTH} y={index * ROW + 19} textAnchor="end" fill="currentColor" style={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
              {row.value}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  )
}
