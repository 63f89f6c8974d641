/**
 * The portal's own artwork, drawn as SVG from what a document is about: a harbour with cranes for the port
 * and cross-border trade, towers for the business district and finance, a shopping street, a campus, parks,
 * industrial halls, charts for funds, a globe with trade routes for RCEP. Each document gets its own
 * variation, chosen by its slug, so no two cards look alike and the same document keeps its picture. The
 * seed (scripts/seed/illustration.ts) renders it to PNG; the home page draws the district's panorama.
 */
import { createHash } from 'node:crypto'

export const ILLUSTRATION_SIZE = { width: 1200, height: 675 } as const
const { width: W, height: H } = ILLUSTRATION_SIZE

export type Motif = 'harbour' | 'cruise' | 'towers' | 'street' | 'historic' | 'technology' | 'campus' | 'talent' | 'music' | 'hospital' | 'parks' | 'industry' | 'renewal' | 'chart' | 'globe'

/** What a slug's words say a document is about, first match wins; then the collection's own motif. */
const MOTIF_WORDS: [RegExp, Motif][] = [
  [/cruise/, 'cruise'],
  [/port|cross-border|oil-gas|supervision|trade/, 'harbour'],
  [/hospital|medical/, 'hospital'],
  [/music|conservatory/, 'music'],
  [/school|childcare|talent/, 'campus'],
  [/fund/, 'chart'],
  [/rcep/, 'globe'],
  [/digital|technology|innovation|eastsoft|lemonbean|cisri|internet|startup/, 'technology'],
  [/dabaodao|historic|tourism/, 'historic'],
  [/street|retail|consumption|commerce|merchant/, 'street'],
  [/renewal/, 'renewal'],
  [/industrial|sifang/, 'industry'],
  [/park|greenway|mountain/, 'parks'],
  [/cbd|business|building|finance|coastal|centre|key-projects/, 'towers'],
]

const COLLECTION_MOTIFS: Record<string, Motif> = {
  industries: 'towers',
  projects: 'towers',
  funds: 'chart',
  'rcep-services': 'globe',
  'talent-policies': 'campus',
  areas: 'street',
  news: 'towers',
}

export function motifOf(collection: string, slug: string): Motif {
  if (collection === 'funds') return 'chart'
  if (collection === 'talent-policies') return /school|childcare/.test(slug) ? 'campus' : 'talent'
  return MOTIF_WORDS.find(([words]) => words.test(slug))?.[1] ?? COLLECTION_MOTIFS[collection] ?? 'towers'
}

/** Sky, ink and accent of each motif: sea blues for the harbour, warm tones for streets and campus. */
const PALETTES: Record<Motif, { sky: string; ink: string; mid: string; accent: string; ground: string }> = {
  harbour: { sky: '#cfe6f3', ink: '#12355b', mid: '#2a7ab0', accent: '#f4a259', ground: '#1d6fa3' },
  cruise: { sky: '#d7ecf5', ink: '#0b3954', mid: '#1d6fa3', accent: '#f2c14e', ground: '#2f86b8' },
  towers: { sky: '#dde9f2', ink: '#1b2a49', mid: '#3a6ea5', accent: '#f6bd60', ground: '#49708a' },
  street: { sky: '#f5e9d8', ink: '#5c3d2e', mid: '#c0703a', accent: '#e63946', ground: '#b9a48b' },
  historic: { sky: '#f3e6d3', ink: '#4a3b33', mid: '#b5523b', accent: '#2a7ab0', ground: '#a99079' },
  technology: { sky: '#1b2a49', ink: '#0b1a33', mid: '#3a6ea5', accent: '#5ce1e6', ground: '#22335b' },
  campus: { sky: '#e4f1e1', ink: '#2b4032', mid: '#4f8a5b', accent: '#ef8354', ground: '#8fb996' },
  talent: { sky: '#fdf0e1', ink: '#2b2d42', mid: '#4f7cac', accent: '#ef8354', ground: '#d8c3a5' },
  music: { sky: '#ece3f3', ink: '#3b2b52', mid: '#7b5ea7', accent: '#f2c14e', ground: '#a18cc1' },
  hospital: { sky: '#e3f2f2', ink: '#1f4e5f', mid: '#3d8b99', accent: '#e63946', ground: '#9cc8c8' },
  parks: { sky: '#dff0ea', ink: '#1f4d3a', mid: '#3f8f6b', accent: '#f6bd60', ground: '#6fb08f' },
  industry: { sky: '#eee4da', ink: '#4a3a35', mid: '#9c4f3b', accent: '#f4a259', ground: '#8a7a70' },
  renewal: { sky: '#e8eef3', ink: '#2b2d42', mid: '#4f7cac', accent: '#f4a259', ground: '#8d99ae' },
  chart: { sky: '#e1efe9', ink: '#0f3d3e', mid: '#1f7a6d', accent: '#e9c46a', ground: '#5fa596' },
  globe: { sky: '#dce8f5', ink: '#1b2a49', mid: '#3a6ea5', accent: '#f6bd60', ground: '#7aa3cc' },
}

/** A deterministic sequence of numbers in [0, 1) from a text, so each document keeps its picture. */
function randomFrom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0)
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

type Random = () => number
type Palette = (typeof PALETTES)[Motif]

/** Other mid tones and accents a document of the motif may take, so that two of a kind still differ. */
const MID_TONES = ['#2a7ab0', '#3a6ea5', '#1f7a6d', '#4f7cac', '#7b5ea7', '#b5523b', '#3f8f6b', '#c0703a']
const ACCENTS = ['#f4a259', '#f2c14e', '#e63946', '#5ce1e6', '#ef8354', '#e9c46a', '#f6bd60']

function variantOf(base: Palette, random: Random): Palette {
  if (random() < 0.4) return base
  return { ...base, mid: MID_TONES[Math.floor(random() * MID_TONES.length)], accent: ACCENTS[Math.floor(random() * ACCENTS.length)] }
}
const n = (value: number) => value.toFixed(1)
const between = (random: Random, low: number, high: number) => low + random() * (high - low)

function rect(x: number, y: number, width: number, height: number, fill: string, extra = '') {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="${fill}"${extra}/>`
}

/** Rows of lit and dark windows on a facade. */
function windows(x: number, y: number, width: number, height: number, random: Random, lit: string, dark: string) {
  const columns = Math.max(2, Math.floor(width / 22))
  const rows = Math.max(2, Math.floor(height / 30))
  const cellW = width / columns
  const cellH = height / rows
  let out = ''
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      out += rect(x + column * cellW + cellW * 0.22, y + row * cellH + cellH * 0.25, cellW * 0.56, cellH * 0.45, random() < 0.3 ? lit : dark)
    }
  }
  return out
}

function sky(p: Palette, random: Random, id: string, withSun = true) {
  const sunX = between(random, 0.12, 0.88) * W
  const sunY = between(random, 0.12, 0.3) * H
  return `<defs><linearGradient id="${id}-sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#${id}-sky)"/>${withSun ? `<circle cx="${n(sunX)}" cy="${n(sunY)}" r="${n(between(random, 50, 90))}" fill="${p.accent}" opacity="0.85"/>` : ''}`
}

const SEA = '#2a7ab0'

function water(random: Random, top: number) {
  let out = rect(0, top, W, H - top, SEA)
  for (let index = 0; index < 4; index++) {
    const y = top + 28 + index * 48
    const amplitude = between(random, 6, 14)
    out += `<path d="M0 ${n(y)} Q ${W / 4} ${n(y - amplitude)} ${W / 2} ${n(y)} T ${W} ${n(y)}" stroke="#ffffff" stroke-opacity="${(0.4 - index * 0.07).toFixed(2)}" stroke-width="3" fill="none"/>`
  }
  return out
}

/** A gantry crane on the quay: legs, a boom over the water, its trolley. */
function gantryCrane(x: number, base: number, height: number, p: Palette) {
  const leg = `stroke="${p.ink}" stroke-width="9" stroke-linecap="round"`
  return `<g><line x1="${n(x)}" y1="${n(base)}" x2="${n(x + 30)}" y2="${n(base - height)}" ${leg}/><line x1="${n(x + 90)}" y1="${n(base)}" x2="${n(x + 60)}" y2="${n(base - height)}" ${leg}/>
<line x1="${n(x + 15)}" y1="${n(base - height * 0.5)}" x2="${n(x + 75)}" y2="${n(base - height * 0.5)}" ${leg}/>
${rect(x - 70, base - height - 14, 260, 16, p.ink)}${rect(x + 150, base - height - 2, 26, 30, p.accent)}<line x1="${n(x + 163)}" y1="${n(base - height + 28)}" x2="${n(x + 163)}" y2="${n(base - height * 0.35)}" stroke="${p.ink}" stroke-width="3"/></g>`
}

const CONTAINER_COLOURS = ['#e63946', '#f4a259', '#2a9d8f', '#457b9d', '#e9c46a', '#8d99ae']

function containers(x: number, base: number, columns: number, random: Random) {
  let out = ''
  for (let column = 0; column < columns; column++) {
    const stack = 1 + Math.floor(random() * 4)
    for (let level = 0; level < stack; level++) {
      out += rect(x + column * 58, base - (level + 1) * 26, 54, 24, CONTAINER_COLOURS[Math.floor(random() * CONTAINER_COLOURS.length)], ' rx="2"')
    }
  }
  return out
}

function harbour(p: Palette, random: Random, id: string) {
  const quay = H * 0.62
  const cranes = 2 + Math.floor(random() * 2)
  let out = sky(p, random, id)
  // The city behind the port, faint.
  for (let x = 0; x < W; x += between(random, 50, 90)) {
    const height = between(random, 40, 160)
    out += rect(x, quay - height, between(random, 36, 70), height, p.ground, ' opacity="0.35"')
  }
  out += rect(0, quay, W, 18, p.ink)
  out += containers(between(random, 40, 120), quay, 5 + Math.floor(random() * 4), random)
  for (let index = 0; index < cranes; index++) out += gantryCrane(560 + index * 200 + between(random, -20, 20), quay, between(random, 220, 290), p)
  out += water(random, quay + 18)
  // A container ship at the quay.
  const shipX = between(random, 620, 760)
  out += `<path d="M${n(shipX)} ${n(quay + 40)} h420 l-40 70 h-350 z" fill="${p.ink}"/>${containers(shipX + 40, quay + 40, 5, random)}${rect(shipX + 340, quay - 30, 50, 70, '#ffffff')}`
  return out
}

function cruise(p: Palette, random: Random, id: string) {
  const sea = H * 0.6
  let out = sky(p, random, id)
  // Hills and the terminal.
  out += `<path d="M0 ${n(sea)} Q 200 ${n(sea - between(random, 120, 200))} 420 ${n(sea)} Z" fill="${p.ground}" opacity="0.5"/>`
  out += `<path d="M60 ${n(sea)} q 140 -110 280 0 z" fill="#ffffff" stroke="${p.ink}" stroke-width="4"/>`
  out += water(random, sea)
  const x = between(random, 360, 460)
  const hull = sea + 10
  out += `<path d="M${n(x)} ${n(hull)} h640 l-60 90 h-540 z" fill="${p.ink}"/>`
  for (let deck = 0; deck < 4; deck++) {
    const deckX = x + 60 + deck * 35
    const deckW = 520 - deck * 90
    const deckY = hull - (deck + 1) * 38
    out += rect(deckX, deckY, deckW, 38, '#ffffff', ` stroke="${p.ink}" stroke-width="3"`)
    for (let window = deckX + 16; window < deckX + deckW - 16; window += 26) out += `<circle cx="${n(window)}" cy="${n(deckY + 19)}" r="6" fill="${p.mid}"/>`
  }
  out += rect(x + 380, hull - 200, 46, 56, p.accent, ' rx="6"')
  return out
}

function towers(p: Palette, random: Random, id: string) {
  const waterfront = random() < 0.5
  const ground = waterfront ? H * 0.72 : H * 0.8
  let out = sky(p, random, id)
  const count = 7 + Math.floor(random() * 4)
  const landmark = Math.floor(random() * count)
  const slot = W / count
  for (let index = 0; index < count; index++) {
    const isLandmark = index === landmark
    const width = slot * between(random, 0.6, 0.85)
    const height = isLandmark ? between(random, 420, 470) : between(random, 150, 360)
    const x = index * slot + (slot - width) / 2
    const top = ground - height
    out += rect(x, top, width, height, isLandmark ? p.ink : p.mid)
    out += windows(x + 6, top + 14, width - 12, height - 24, random, p.accent, isLandmark ? p.mid : '#dfe9f1')
    if (isLandmark) out += `<path d="M${n(x + width / 2 - 4)} ${n(top)} h8 l-4 -70 z" fill="${p.ink}"/>`
  }
  if (waterfront) {
    out += water(random, ground)
    // Reflections of the towers on the bay.
    out += rect(0, ground, W, 10, p.ink)
  } else {
    out += rect(0, ground, W, H - ground, p.ground)
    out += `<path d="M0 ${n(ground + 40)} H${W}" stroke="#ffffff" stroke-width="4" stroke-dasharray="40 30" opacity="0.6"/>`
  }
  return out
}

function shopfronts(p: Palette, random: Random, ground: number, historic: boolean) {
  let out = ''
  let x = -20
  while (x < W) {
    const width = between(random, 150, 230)
    const height = between(random, 170, 260)
    const top = ground - height
    const wall = historic ? ['#f1dcc0', '#e8cfae', '#f4e4cc'][Math.floor(random() * 3)] : ['#ffffff', '#fbe3c8', '#f6d2b8', '#e9e4dc'][Math.floor(random() * 4)]
    out += rect(x, top, width, height, wall, ` stroke="${p.ink}" stroke-width="3"`)
    if (historic) {
      // Red tiled roofs of the old town, steep and overhanging.
      out += `<path d="M${n(x - 14)} ${n(top)} L${n(x + width / 2)} ${n(top - between(random, 60, 90))} L${n(x + width + 14)} ${n(top)} Z" fill="${p.mid}" stroke="${p.ink}" stroke-width="3"/>`
    } else {
      out += rect(x, top - 14, width, 14, p.ink)
    }
    // Upper windows, then the shop's awning and window.
    for (let window = x + 22; window < x + width - 40; window += 52) out += rect(window, top + 24, 30, 40, p.ground, ` stroke="${p.ink}" stroke-width="2"`)
    const awningY = ground - 96
    const stripes = Math.floor(width / 24)
    for (let stripe = 0; stripe < stripes; stripe++) out += rect(x + stripe * (width / stripes), awningY, width / stripes, 22, stripe % 2 ? '#ffffff' : historic ? p.accent : p.accent)
    out += rect(x + 16, awningY + 30, width - 32, 64, '#dfeef6', ` stroke="${p.ink}" stroke-width="2"`)
    x += width + between(random, 4, 16)
  }
  return out
}

function street(p: Palette, random: Random, id: string, historic = false) {
  const ground = H * 0.78
  let out = sky(p, random, id)
  if (historic) out += `<path d="M0 ${n(ground - 200)} Q 300 ${n(ground - 330)} 650 ${n(ground - 220)} T ${W} ${n(ground - 240)} V ${n(ground)} H0 Z" fill="${p.ground}" opacity="0.45"/>`
  out += shopfronts(p, random, ground, historic)
  out += rect(0, ground, W, H - ground, p.ground)
  // The paving, in perspective.
  for (let line = -6; line <= 6; line++) out += `<line x1="${W / 2}" y1="${n(ground)}" x2="${n(W / 2 + line * 220)}" y2="${H}" stroke="#ffffff" stroke-opacity="0.35" stroke-width="2"/>`
  if (!historic) {
    // Lanterns strung across the street.
    out += `<path d="M0 ${n(H * 0.22)} Q ${W / 2} ${n(H * 0.34)} ${W} ${n(H * 0.22)}" stroke="${p.ink}" stroke-width="2" fill="none"/>`
    for (let index = 1; index < 10; index++) {
      const x = (W / 10) * index
      const t = x / W
      const y = H * 0.22 + 4 * t * (1 - t) * H * 0.12 * 0.5 * 2
      out += `<ellipse cx="${n(x)}" cy="${n(y + 18)}" rx="14" ry="18" fill="${p.accent}"/>`
    }
  }
  return out
}

function technology(p: Palette, random: Random, id: string) {
  let out = sky(p, random, id, false)
  // A network of nodes over the campus.
  const nodes = Array.from({ length: 14 + Math.floor(random() * 6) }, () => [between(random, 40, W - 40), between(random, 40, H * 0.5)] as const)
  nodes.forEach(([x, y], index) => {
    const [nx, ny] = nodes[(index + 1 + Math.floor(random() * 3)) % nodes.length]
    out += `<line x1="${n(x)}" y1="${n(y)}" x2="${n(nx)}" y2="${n(ny)}" stroke="${p.accent}" stroke-opacity="0.45" stroke-width="2"/>`
  })
  for (const [x, y] of nodes) out += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(between(random, 5, 11))}" fill="${p.accent}"/>`
  const ground = H * 0.86
  // Glass buildings with circuit traces.
  let x = 30
  while (x < W - 60) {
    const width = between(random, 140, 240)
    const height = between(random, 140, 300)
    out += rect(x, ground - height, width, height, p.mid, ' opacity="0.9"')
    for (let trace = 0; trace < 4; trace++) {
      const y = ground - height + 24 + trace * (height / 5)
      out += `<path d="M${n(x + 12)} ${n(y)} h${n(width * 0.4)} l14 14 h${n(width * 0.3)}" stroke="${p.accent}" stroke-width="3" fill="none"/><circle cx="${n(x + 26 + width * 0.7)}" cy="${n(y + 14)}" r="5" fill="${p.accent}"/>`
    }
    x += width + between(random, 20, 60)
  }
  out += rect(0, ground, W, H - ground, p.ink)
  return out
}

function campusBuilding(p: Palette, x: number, ground: number, width: number, height: number) {
  let out = rect(x, ground - height, width, height, '#fbf7ef', ` stroke="${p.ink}" stroke-width="4"`)
  out += `<path d="M${n(x - 20)} ${n(ground - height)} L${n(x + width / 2)} ${n(ground - height - 90)} L${n(x + width + 20)} ${n(ground - height)} Z" fill="${p.mid}" stroke="${p.ink}" stroke-width="4"/>`
  for (let column = x + 30; column < x + width - 20; column += 60) out += rect(column, ground - height + 30, 20, height - 30, '#e9e1d1', ` stroke="${p.ink}" stroke-width="2"`)
  out += rect(x + width / 2 - 30, ground - 90, 60, 90, p.ink)
  return out
}

function trees(p: Palette, random: Random, ground: number, count: number) {
  let out = ''
  for (let index = 0; index < count; index++) {
    const x = between(random, 0, W)
    const size = between(random, 30, 60)
    out += rect(x - 5, ground - size * 1.2, 10, size * 1.2, p.ink) + `<circle cx="${n(x)}" cy="${n(ground - size * 1.4)}" r="${n(size)}" fill="${p.mid}" opacity="0.9"/>`
  }
  return out
}

/** People walking in front: a head and a rounded body each. */
function people(p: Palette, random: Random, ground: number, count: number) {
  let out = ''
  for (let index = 0; index < count; index++) {
    const x = between(random, 40, W - 40)
    const size = between(random, 0.8, 1.2)
    const colour = [p.accent, p.mid, p.ink, '#e76f51'][Math.floor(random() * 4)]
    out += `<circle cx="${n(x)}" cy="${n(ground - 118 * size)}" r="${n(17 * size)}" fill="${p.ink}"/><path d="M${n(x - 26 * size)} ${n(ground)} v${n(-60 * size)} a${n(26 * size)} ${n(26 * size)} 0 0 1 ${n(52 * size)} 0 v${n(60 * size)} z" fill="${colour}"/>`
  }
  return out
}

function campus(p: Palette, random: Random, id: string, sign: 'flag' | 'notes' | 'cross' | 'people') {
  const ground = H * 0.82
  let out = sky(p, random, id)
  out += trees(p, random, ground, 6)
  const width = between(random, 480, 600)
  const x = (W - width) / 2 + between(random, -120, 120)
  out += campusBuilding(p, x, ground, width, between(random, 220, 280))
  if (sign === 'flag') out += `<line x1="${n(x + width + 80)}" y1="${n(ground)}" x2="${n(x + width + 80)}" y2="${n(ground - 330)}" stroke="${p.ink}" stroke-width="5"/>${rect(x + width + 82, ground - 330, 90, 56, p.accent)}`
  if (sign === 'cross') out += rect(x + width / 2 - 45, ground - 420, 90, 30, p.accent) + rect(x + width / 2 - 15, ground - 450, 30, 90, p.accent)
  if (sign === 'notes') {
    for (let index = 0; index < 5; index++) {
      const nx = between(random, 80, W - 80)
      const ny = between(random, 60, H * 0.35)
      out += `<ellipse cx="${n(nx)}" cy="${n(ny)}" rx="16" ry="12" fill="${p.accent}" transform="rotate(-20 ${n(nx)} ${n(ny)})"/><line x1="${n(nx + 14)}" y1="${n(ny)}" x2="${n(nx + 14)}" y2="${n(ny - 60)}" stroke="${p.accent}" stroke-width="5"/>`
    }
  }
  out += rect(0, ground, W, H - ground, p.ground)
  if (sign === 'people') out += people(p, random, H - 20, 5 + Math.floor(random() * 4))
  return out
}

function parks(p: Palette, random: Random, id: string) {
  let out = sky(p, random, id)
  for (let layer = 0; layer < 3; layer++) {
    const base = H * (0.55 + layer * 0.12)
    let path = `M0 ${n(base)}`
    for (let x = 0; x <= W; x += 150) path += ` Q ${n(x + 75)} ${n(base - between(random, 60, 180))} ${n(x + 150)} ${n(base - between(random, 0, 40))}`
    out += `<path d="${path} V${H} H0 Z" fill="${layer === 2 ? p.mid : p.ground}" opacity="${(0.55 + layer * 0.2).toFixed(2)}"/>`
  }
  out += `<path d="M${n(between(random, 200, 500))} ${H} C 500 ${n(H * 0.8)} 700 ${n(H * 0.85)} 900 ${n(H * 0.7)}" stroke="${p.accent}" stroke-width="14" fill="none" stroke-linecap="round"/>`
  out += trees(p, random, H * 0.95, 9)
  return out
}

function industry(p: Palette, random: Random, id: string, renewal = false) {
  const ground = H * 0.8
  let out = sky(p, random, id)
  let x = 20
  while (x < W) {
    const width = between(random, 200, 320)
    const height = between(random, 110, 170)
    out += rect(x, ground - height, width, height, renewal ? '#e5e9ee' : '#c77b5a', ` stroke="${p.ink}" stroke-width="3"`)
    // Saw-tooth roof of the old halls.
    const teeth = Math.floor(width / 50)
    let roof = `M${n(x)} ${n(ground - height)}`
    for (let tooth = 0; tooth < teeth; tooth++) roof += ` l${n(width / teeth)} -40 v40`
    out += `<path d="${roof} Z" fill="${p.mid}" stroke="${p.ink}" stroke-width="3"/>`
    for (let window = x + 20; window < x + width - 30; window += 46) out += rect(window, ground - height + 30, 28, 50, p.sky, ` stroke="${p.ink}" stroke-width="2"`)
    x += width + between(random, 10, 40)
  }
  for (let index = 0; index < 3; index++) {
    const cx = between(random, 80, W - 80)
    out += rect(cx, ground - 360, 34, 360, renewal ? p.ground : '#9c4f3b', ` stroke="${p.ink}" stroke-width="3"`)
    if (!renewal) out += `<circle cx="${n(cx + 30)}" cy="${n(ground - 390)}" r="26" fill="#ffffff" opacity="0.7"/>`
  }
  if (renewal) {
    // A tower crane over new building work.
    const cx = between(random, 400, 800)
    out += `<line x1="${n(cx)}" y1="${n(ground)}" x2="${n(cx)}" y2="${n(ground - 470)}" stroke="${p.accent}" stroke-width="12"/><line x1="${n(cx - 140)}" y1="${n(ground - 460)}" x2="${n(cx + 320)}" y2="${n(ground - 460)}" stroke="${p.accent}" stroke-width="10"/><line x1="${n(cx + 250)}" y1="${n(ground - 460)}" x2="${n(cx + 250)}" y2="${n(ground - 300)}" stroke="${p.ink}" stroke-width="3"/>${rect(cx + 230, ground - 300, 40, 30, p.ink)}`
  }
  out += rect(0, ground, W, H - ground, p.ground)
  return out
}

function chart(p: Palette, random: Random, id: string) {
  const base = H * 0.82
  let out = sky(p, random, id, false)
  for (let line = 1; line <= 4; line++) out += `<line x1="80" y1="${n(base - line * 110)}" x2="${W - 80}" y2="${n(base - line * 110)}" stroke="${p.ink}" stroke-opacity="0.15" stroke-width="2"/>`
  const bars = 7 + Math.floor(random() * 3)
  const slot = (W - 200) / bars
  let height = between(random, 60, 110)
  const points: string[] = []
  for (let index = 0; index < bars; index++) {
    height = Math.min(430, height + between(random, 10, 60))
    const x = 100 + index * slot
    out += rect(x + slot * 0.15, base - height, slot * 0.7, height, index === bars - 1 ? p.accent : p.mid, ' rx="6"')
    points.push(`${n(x + slot / 2)},${n(base - height - 40)}`)
  }
  out += `<polyline points="${points.join(' ')}" fill="none" stroke="${p.ink}" stroke-width="6" stroke-linejoin="round"/>`
  for (const point of points) {
    const [x, y] = point.split(',')
    out += `<circle cx="${x}" cy="${y}" r="9" fill="#ffffff" stroke="${p.ink}" stroke-width="5"/>`
  }
  out += rect(80, base, W - 160, 6, p.ink)
  // Coins stacked in front.
  const coinX = between(random, 140, W - 260)
  for (let coin = 0; coin < 5; coin++) out += `<ellipse cx="${n(coinX)}" cy="${n(H - 40 - coin * 14)}" rx="56" ry="16" fill="${p.accent}" stroke="${p.ink}" stroke-width="3"/>`
  return out
}

function globe(p: Palette, random: Random, id: string) {
  let out = sky(p, random, id, false)
  const cx = between(random, 420, 780)
  const cy = H * 0.52
  const r = 230
  out += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${r}" fill="${p.ground}" stroke="${p.ink}" stroke-width="5"/>`
  for (const ry of [80, 160]) out += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${r}" ry="${ry}" fill="none" stroke="${p.ink}" stroke-opacity="0.4" stroke-width="3"/>`
  for (const rx of [70, 150]) out += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${rx}" ry="${r}" fill="none" stroke="${p.ink}" stroke-opacity="0.4" stroke-width="3"/>`
  // Trade routes between ports of the region.
  const ports = Array.from({ length: 6 }, () => {
    const angle = between(random, 0, Math.PI * 2)
    const distance = between(random, 40, r - 30)
    return [cx + Math.cos(angle) * distance, cy + Math.sin(angle) * distance] as const
  })
  ports.slice(1).forEach(([x, y]) => {
    const [hx, hy] = ports[0]
    out += `<path d="M${n(hx)} ${n(hy)} Q ${n((hx + x) / 2)} ${n(Math.min(hy, y) - 90)} ${n(x)} ${n(y)}" stroke="${p.accent}" stroke-width="5" fill="none" stroke-dasharray="14 10"/>`
  })
  for (const [x, y] of ports) out += `<circle cx="${n(x)}" cy="${n(y)}" r="11" fill="${p.accent}" stroke="${p.ink}" stroke-width="3"/>`
  return out
}

/** The whole picture of a document, as an SVG document of ILLUSTRATION_SIZE. */
export function illustrationSvg(collection: string, slug: string): string {
  const motif = motifOf(collection, slug)
  const random = randomFrom(`${collection}/${slug}`)
  // Nature keeps its greens; buildings, streets and charts take other tones.
  const p = motif === 'parks' || motif === 'historic' ? PALETTES[motif] : variantOf(PALETTES[motif], random)
  const id = 'i'
  const body = {
    harbour: () => harbour(p, random, id),
    cruise: () => cruise(p, random, id),
    towers: () => towers(p, random, id),
    street: () => street(p, random, id),
    historic: () => street(p, random, id, true),
    technology: () => technology(p, random, id),
    campus: () => campus(p, random, id, 'flag'),
    talent: () => (random() < 0.5 ? campus(p, random, id, 'people') : technology(p, random, id) + people(p, random, H - 10, 6)),
    music: () => campus(p, random, id, 'notes'),
    hospital: () => campus(p, random, id, 'cross'),
    parks: () => parks(p, random, id),
    industry: () => industry(p, random, id),
    renewal: () => industry(p, random, id, true),
    chart: () => chart(p, random, id),
    globe: () => globe(p, random, id),
  }[motif]()
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`
}
