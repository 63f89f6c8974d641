import { useId } from 'react'

export type Series = { label: string; counts: number[] }

type Props = {
  title: string
  note: string
  /** Each week's label (its Monday), as the reader writes dates. */
  weeks: string[]
  series: Series[]
  weekHeading: string
  totalHeading: string
  showNumbers: string
  testId?: string
}

/** Distinct on light and dark admin themes alike; a series beyond the last takes the grey. */
export const REPORT_COLOURS = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626', '#0891b2', '#db2777', '#78716c']

const WIDTH = 760
const HEIGHT = 240
const LEFT = 36
const BOTTOM = 24
const TOP = 8

/** A round top for the scale: 1, 2 or 5 times a power of ten, at least the highest value. */
function niceMax(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  return ([1, 2, 5, 10].map((step) => step * power).find((top) => top >= value) ?? value)
}

/**
 * Stacked weekly columns drawn on the server as SVG: the figure has the title as its name and each week's
 * totals as its description, a legend in HTML, and the full numbers in a table beneath, so nothing is
 * only in the picture. No script on the client.
 */
export function WeeklyChart({ title, note, weeks, series, weekHeading, totalHeading, showNumbers, testId }: Props) {
  const id = useId()
  const totals = weeks.map((_, index) => series.reduce((sum, { counts }) => sum + counts[index], 0))
  const top = niceMax(Math.max(0, ...totals))
  const plotWidth = WIDTH - LEFT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const step = plotWidth / Math.max(weeks.length, 1)
  const barWidth = Math.max(2, step * 0.7)
  const labelEvery = Math.ceil(weeks.length / 13)
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight
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
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block', marginTop: 'var(--base)', fontSize: 11 }}
      >
        <title>{title}</title>
        <desc id={`${id}-desc`}>{weeks.map((week, index) => `${week}: ${totals[index]}`).join('; ')}</desc>
        {[0, top / 2, top].map((value) => (
          <g key={value}>
            <line x1={LEFT} x2={WIDTH} y1={y(value)} y2={y(value)} stroke="var(--theme-elevation-150)" />
            <text x={LEFT - 6} y={y(value) + 4} textAnchor="end" fill="currentColor">
              {Number.isInteger(value) ? value : ''}
            </text>
          </g>
        ))}
        {weeks.map((week, index) => {
          let base = 0
          const x = LEFT + index * step + (step - barWidth) / 2
          return (
            <g key={week}>
              {series.map(({ label, counts }, seriesIndex) => {
                const count = counts[index]
                if (count === 0) return null
                const rect = (
                  <rect key={label} x={x} y={y(base + count)} width={barWidth} height={y(base) - y(base + count)} fill={REPORT_COLOURS[Math.min(seriesIndex, REPORT_COLOURS.length - 1)]}>
                    <title>{`${week} · ${label}: ${count}`}</title>
                  </rect>
                )
                base += count
                return rect
              })}
              {index % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" fill="currentColor">
                  {week}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', listStyle: 'none', padding: 0, margin: 'calc(var(--base) / 2) 0' }}>
        {series.map(({ label, counts }, seriesIndex) => (
          <li key={label} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <span aria-hidden="true" style={{ width: 12, height: 12, borderRadius: 2, background: REPORT_COLOURS[Math.min(seriesIndex, REPORT_COLOURS.length - 1)] }} />
            {label} ({counts.reduce((sum, count) => sum + count, 0)})
          </li>
        ))}
      </ul>
      <details>
        <summary>{showNumbers}</summary>
        <div style={{ overflowX: 'auto' }}>
          <table className="enquiry-report__table" style={{ borderCollapse: 'collapse', marginTop: 'calc(var(--base) / 2)' }}>
            <thead>
              <tr>
                <th scope="col" style={cell}>
                  {weekHeading}
                </th>
                {series.map(({ label }) => (
                  <th key={label} scope="col" style={cell}>
                    {label}
                  </th>
                ))}
                <th scope="col" style={cell}>
                  {totalHeading}
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, index) => (
                <tr key={week}>
                  <th scope="row" style={cell}>
                    {week}
                  </th>
                  {series.map(({ label, counts }) => (
                    <td key={label} style={number}>
                      {counts[index]}
                    </td>
                  ))}
                  <td style={number}>{totals[index]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}

export const cell = { padding: '0.25rem 0.75rem', textAlign: 'start', borderBottom: '1px solid var(--theme-elevation-100)', whiteSpace: 'nowrap' } as const
export const number = { ...cell, textAlign: 'end', fontVariantNumeric: 'tabular-nums' } as const
