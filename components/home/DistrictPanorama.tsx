/** Towers of the business district: x, width, height; the tallest carries a spire. */
const TOWERS: [number, number, number][] = [
  [330, 46, 150],
  [382, 58, 205],
  [446, 40, 170],
  [492, 64, 262],
  [562, 44, 190],
  [612, 56, 232],
  [674, 38, 150],
  [718, 50, 178],
]
const LANDMARK = 3

/** Container stacks on the quay: x and number of boxes. */
const STACKS: [number, number][] = [
  [812, 3],
  [842, 2],
  [872, 4],
  [902, 3],
  [932, 1],
]

/**
 * The district as the home page's banner shows it: Fushan's hills behind, the towers of the business
 * district, the port's gantry cranes and containers, a cruise ship at the terminal, and the bay. Drawn in
 * the banner's own sea blues, so the white text above it keeps its contrast; decoration only (aria-hidden).
 */
export function DistrictPanorama({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 1200 400" preserveAspectRatio="xMaxYMax meet" className={className}>
      <defs>
        <pattern id="panorama-windows" width="12" height="18" patternUnits="userSpaceOnUse">
          <rect x="3" y="4" width="6" height="9" className="fill-sea-200/25" />
        </pattern>
        {/* The left edge fades into the banner, where the text is. */}
        <linearGradient id="panorama-fade-gradient" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor="#fff" stopOpacity="0" />
          <stop offset="0.22" stopColor="#fff" stopOpacity="1" />
        </linearGradient>
        <mask id="panorama-fade">
          <rect width="1200" height="400" fill="url(#panorama-fade-gradient)" />
        </mask>
      </defs>
      <g mask="url(#panorama-fade)">
      <path d="M0 330 C 120 250 220 230 330 280 S 520 200 640 250 S 900 190 1200 260 V400 H0 Z" className="fill-sea-700/50" />
      {TOWERS.map(([x, width, height], index) => (
        <g key={x}>
          <rect x={x} y={330 - height} width={width} height={height} className={index === LANDMARK ? 'fill-sea-600' : 'fill-sea-700'} />
          <rect x={x} y={330 - height} width={width} height={height} fill="url(#panorama-windows)" />
          {index === LANDMARK ? <path d={`M${x + width / 2 - 4} ${330 - height} h8 l-4 -56 z`} className="fill-sea-600" /> : null}
        </g>
      ))}
      {STACKS.map(([x, boxes]) =>
        Array.from({ length: boxes }, (_, level) => <rect key={`${x}-${level}`} x={x} y={330 - (level + 1) * 14} width={27} height={12} rx={1.5} className={(x + level) % 3 === 0 ? 'fill-sea-500' : 'fill-sea-600'} />),
      )}
      {[970, 1070].map((x) => (
        <g key={x} className="stroke-sea-500" strokeWidth={6} strokeLinecap="round">
          <line x1={x} y1={330} x2={x + 18} y2={180} />
          <line x1={x + 62} y1={330} x2={x + 44} y2={180} />
          <line x1={x + 8} y1={255} x2={x + 54} y2={255} />
          <line x1={x - 60} y1={176} x2={x + 130} y2={176} strokeWidth={9} />
        </g>
      ))}
      <rect x="300" y="328" width="900" height="8" className="fill-sea-600" />
      <rect x="0" y="336" width="1200" height="64" className="fill-sea-700/70" />
      <g>
        <path d="M120 338 h300 l-30 40 h-250 z" className="fill-sea-100/90" />
        <rect x="150" y="316" width="230" height="22" className="fill-sea-100/80" />
        <rect x="175" y="298" width="170" height="18" className="fill-sea-100/70" />
        <rect x="300" y="276" width="22" height="22" className="fill-sea-500" />
      </g>
      {[356, 374, 392].map((y, index) => (
        <path key={y} d={`M${index * 40} ${y} q 50 -8 100 0 t 100 0 t 100 0 t 100 0 t 100 0 t 100 0 t 100 0 t 100 0 t 100 0 t 100 0 t 100 0 t 100 0`} fill="none" className="stroke-sea-200/30" strokeWidth={2} />
      ))}
      </g>
    </svg>
  )
}
