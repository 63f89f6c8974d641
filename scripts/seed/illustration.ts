import { createHash } from 'node:crypto'

import sharp from 'sharp'

const WIDTH = 1200
const HEIGHT = 675

/** Sea and sand hues of the portal's palette, one pair per kind of content. */
const PALETTES: Record<string, [string, string, string]> = {
  industries: ['#0b3954', '#1d6fa3', '#f2c14e'],
  projects: ['#12355b', '#2a7ab0', '#f4a259'],
  funds: ['#0f3d3e', '#1f7a6d', '#e9c46a'],
  'rcep-services': ['#1b2a49', '#3a6ea5', '#f6bd60'],
  'talent-policies': ['#2b2d42', '#4f7cac', '#ef8354'],
  areas: ['#0d3b66', '#2f86b8', '#faf0ca'],
  news: ['#22333b', '#49708a', '#eab464'],
}

/** A deterministic sequence of numbers in [0, 1) from a text, so each document keeps its picture. */
function randomFrom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0)
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** An abstract harbour-city picture (sky, sun, skyline, waves) for a document, as a PNG. */
export async function renderIllustration(collection: string, slug: string): Promise<Buffer> {
  const [deep, sea, sun] = PALETTES[collection] ?? PALETTES.news
  const random = randomFrom(`${collection}/${slug}`)
  const horizon = HEIGHT * (0.55 + random() * 0.1)
  const buildingCount = 14 + Math.floor(random() * 10)
  const buildings = Array.from({ length: buildingCount }, (_, index) => {
    const width = WIDTH / buildingCount
    const height = 60 + random() * 260
    return `<rect x="${(index * width).toFixed(1)}" y="${(horizon - height).toFixed(1)}" width="${(width * 0.82).toFixed(1)}" height="${height.toFixed(1)}" rx="4" fill="${deep}" opacity="${(0.55 + random() * 0.4).toFixed(2)}"/>`
  }).join('')
  const waves = Array.from({ length: 5 }, (_, index) => {
    const y = horizon + 30 + index * 55
    const amplitude = 8 + random() * 14
    return `<path d="M0 ${y} Q ${WIDTH / 4} ${y - amplitude} ${WIDTH / 2} ${y} T ${WIDTH} ${y}" stroke="#ffffff" stroke-opacity="${(0.35 - index * 0.05).toFixed(2)}" stroke-width="3" fill="none"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sea}" stop-opacity="0.35"/><stop offset="1" stop-color="#f7fbfd"/></linearGradient>
    <linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sea}"/><stop offset="1" stop-color="${deep}"/></linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  <circle cx="${(WIDTH * (0.15 + random() * 0.7)).toFixed(0)}" cy="${(horizon * (0.35 + random() * 0.25)).toFixed(0)}" r="${(70 + random() * 60).toFixed(0)}" fill="${sun}" opacity="0.9"/>
  ${buildings}
  <rect y="${horizon.toFixed(1)}" width="${WIDTH}" height="${(HEIGHT - horizon).toFixed(1)}" fill="url(#water)"/>
  ${waves}
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
