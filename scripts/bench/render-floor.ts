/**
 * The framework's floor for a page rendered per request: an empty Next app of the installed version whose
 * one page, `force-dynamic`, renders the very elements and text of a portal page (taken from the portal's
 * own HTML, scripts left out) and nothing else: no data, no messages, no client components, no proxy. What
 * it answers under the bench's load is what Next's render of that much markup costs on this machine; the
 * portal's uncached pages cannot be faster than that. Built once per version beside the first-load floor
 * (next-floor.ts); the markup is read per run from a file the bench writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { ChildNode, Element } from 'domhandler'
import { parseDocument } from 'htmlparser2'

import { spawnBackground } from '../lib/background-process'
import { findFreePort } from '../lib/free-port'
import { type Measurement, measure } from './load'
import { buildNextAppOnce, nextBinary } from './next-floor'

/** An element as [tag, props, children], or a text. */
type MarkupNode = string | [string, Record<string, string | boolean | Record<string, string>>, MarkupNode[]]

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'next-render-floor', private: true }, null, 2)}\n`,
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  'app/page.tsx': `import { readFileSync } from 'node:fs'
import { createElement, type ReactNode } from 'react'

type MarkupNode = string | [string, Record<string, unknown>, MarkupNode[]]

export const dynamic = 'force-dynamic'

let markup: MarkupNode[] | null = null

function toElement(node: MarkupNode, key: number): ReactNode {
  if (typeof node === 'string') return node
  const [tag, props, children] = node
  return createElement(tag, { ...props, key }, ...children.map(toElement))
}

export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams
  markup ??= JSON.parse(readFileSync(process.env.RENDER_FLOOR_MARKUP ?? '', 'utf8')) as MarkupNode[]
  return (
    <>
      <p hidden>{q}</p>
      {markup.map(toElement)}
    </>
  )
}
`,
}

/** HTML attribute names as React's props spell them (the rest are the same in both). */
const PROP_NAMES: Record<string, string> = {
  'class': 'className',
  'for': 'htmlFor',
  'srcset': 'srcSet',
  'tabindex': 'tabIndex',
  'fetchpriority': 'fetchPriority',
  'crossorigin': 'crossOrigin',
  'maxlength': 'maxLength',
  'autocomplete': 'autoComplete',
  'datetime': 'dateTime',
  'hreflang': 'hrefLang',
  'charset': 'charSet',
  'http-equiv': 'httpEquiv',
  'enctype': 'encType',
  'readonly': 'readOnly',
  'novalidate': 'noValidate',
  'inputmode': 'inputMode',
  'colspan': 'colSpan',
  'rowspan': 'rowSpan',
  'stroke-width': 'strokeWidth',
  'stroke-linecap': 'strokeLinecap',
  'stroke-linejoin': 'strokeLinejoin',
  'fill-rule': 'fillRule',
  'clip-rule': 'clipRule',
  'value': 'defaultValue',
  'checked': 'defaultChecked',
}
const BOOLEAN_ATTRIBUTES = new Set(['hidden', 'disabled', 'required', 'checked', 'selected', 'open', 'multiple', 'novalidate', 'readonly'])
/** In the head, only what a page's own metadata puts there; Next adds its scripts and styles itself. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link'])
const LEFT_OUT = new Set(['script', 'template', 'style', 'noscript'])

function styleObject(style: string): Record<string, string> {
  return Object.fromEntries(
    style
      .split(';')
      .map((declaration) => declaration.split(':'))
      .filter((parts) => parts.length >= 2 && parts[0].trim())
      .map(([name, ...value]) => [name.trim().replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), value.join(':').trim()]),
  )
}

function toMarkup(node: ChildNode): MarkupNode | null {
  if (node.type === 'text') return node.data
  if (node.type !== 'tag') return null
  if (LEFT_OUT.has(node.name)) return null
  if (node.name === 'link' && !/^(alternate|canonical|icon)$/.test(node.attribs.rel ?? '')) return null
  const props: Record<string, string | boolean | Record<string, string>> = {}
  for (const [name, value] of Object.entries(node.attribs)) {
    if (name === 'style') props.style = styleObject(value)
    else props[PROP_NAMES[name] ?? name] = BOOLEAN_ATTRIBUTES.has(name) ? true : value
  }
  return [node.name, props, childrenOf(node)]
}

function childrenOf(element: Element): MarkupNode[] {
  return element.children.map(toMarkup).filter((child): child is MarkupNode => child !== null)
}

/** The page's head metadata and its body's elements, as the floor page renders them. */
export function markupOf(html: string): MarkupNode[] {
  const document = parseDocument(html, { lowerCaseAttributeNames: false })
  const find = (name: string) => document.children.flatMap((node) => (node.type === 'tag' ? node.children : [])).find((node): node is Element => node.type === 'tag' && node.name === name)
  const head = find('head')
  const body = find('body')
  if (!body) throw new Error('The page has no <body> to take the markup from.')
  return [...(head ? childrenOf(head).filter((node) => typeof node !== 'string' && HEAD_ELEMENTS.has(node[0])) : []), ...childrenOf(body)]
}

export type RenderFloorPage = { name: string; path: string }

export type RenderFloorResult = Measurement & { portalBytes: number; floorBytes: number }

/** A built Next app under `next start` on a free port, until stopped. */
export async function startNextApp(dir: string, env: Record<string, string> = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await findFreePort()
  const server = spawnBackground(
    `next start in ${dir}`,
    process.execPath,
    [nextBinary(), 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    dir,
  )
  try {
    await server.waitFor(/Ready in|✓ Ready/)
  } catch (error) {
    await server.stop()
    throw error
  }
  return { url: `http://127.0.0.1:${port}`, stop: server.stop }
}

/** The floor app serving a portal page's markup (fetched from the running portal), until stopped. */
export async function startRenderFloor(portalURL: string, page: RenderFloorPage): Promise<{ url: string; stop: () => Promise<void>; portalBytes: number }> {
  const { dir } = await buildNextAppOnce('next-render-floor', FILES, 'as the floor of a page rendered per request')
  const html = await fetch(`${portalURL}${page.path}`).then((response) => response.text())
  const markupFile = path.resolve('.bench', 'render-floor', `${page.name.replace(/\W+/g, '-')}.json`)
  mkdirSync(path.dirname(markupFile), { recursive: true })
  writeFileSync(markupFile, JSON.stringify(markupOf(html)))
  return { ...(await startNextApp(dir, { RENDER_FLOOR_MARKUP: markupFile })), portalBytes: Buffer.byteLength(html) }
}

/**
 * For each page: its markup from the running portal, then the floor app serving that markup per request,
 * measured at each number of connections as the bench measures the portal (a warm-up, then the run).
 */
export async function measureRenderFloor(
  portalURL: string,
  pages: RenderFloorPage[],
  runs: { connections: number; durationSeconds: number }[],
): Promise<RenderFloorResult[]> {
  const results: RenderFloorResult[] = []
  for (const page of pages) {
    const floor = await startRenderFloor(portalURL, page)
    try {
      const floorBytes = await fetch(`${floor.url}/?q=0`).then(async (response) => {
        if (!response.ok) throw new Error(`The render floor answered ${response.status}: ${await response.text()}`)
        return (await response.arrayBuffer()).byteLength
      })
      const target = { name: `render floor: ${page.name}`, kind: 'measured' as const, path: (index: number) => `/?q=${index}` }
      for (const run of runs) {
        await measure(floor.url, target, { connections: 10, durationSeconds: 3 })
        const result = await measure(floor.url, { ...target, name: `${target.name}, ${run.connections} conn` }, run)
        console.log(`${result.name}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms (${floorBytes} bytes; the portal's page ${floor.portalBytes})`)
        results.push({ ...result, portalBytes: floor.portalBytes, floorBytes })
      }
    } finally {
      await floor.stop()
    }
  }
  return results
}
