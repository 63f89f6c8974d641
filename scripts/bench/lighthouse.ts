/**
 * A phone's first visit, measured by Lighthouse (its mobile defaults: a Moto G Power's screen, simulated
 * slow 4G and a 4× slower CPU) in Debian's Chromium against the production server: performance score,
 * LCP, CLS and total blocking time of the page types an investor meets first, in Chinese and English.
 * `npm run bench -- --only lighthouse` runs it; the load targets leave it out, since it takes about 45 s a page.
 */
import { existsSync } from 'node:fs'

import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js'

import { buildNextFloor } from './next-floor'
import { type RenderFloorPage, startNextApp, startRenderFloor } from './render-floor'

/** What the issue asks of a phone's first visit. */
export const LIGHTHOUSE_BUDGETS = { performanceScore: 95, lcpMs: 2000, cls: 0.05, tbtMs: 150 } as const

export type LighthouseResult = { path: string; performanceScore: number; lcpMs: number; cls: number; tbtMs: number; error?: string }

/** Debian's Chromium unless `CHROME_PATH` names another one. */
function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((candidate): candidate is string => Boolean(candidate))
  const found = candidates.find((candidate) => existsSync(candidate))
  if (!found) throw new Error(`No Chromium for Lighthouse: install Debian's chromium or set CHROME_PATH (tried ${candidates.join(', ')})`)
  return found
}

/** The home page, a list, a detail page, search and the enquiry form, in zh and en. */
export function lighthousePaths(sample: { projectSlug: string; searchTerm: string }): string[] {
  return ['zh', 'en'].flatMap((locale) => [
    `/${locale}`,
    `/${locale}/projects`,
    `/${locale}/projects/${sample.projectSlug}`,
    `/${locale}/search?q=${encodeURIComponent(sample.searchTerm)}`,
    `/${locale}/enquire`,
  ])
}

/** Visits the page until the server answers 200 (a first render under load may time out), as a reader before the audit. */
async function warm(url: string): Promise<number> {
  let status = 0
  for (let attempt = 0; attempt < 5 && status !== 200; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1000))
    const response = await fetch(url)
    await response.arrayBuffer()
    status = response.status
  }
  return status
}

/**
 * Audits of one page, and the median one kept (Lighthouse's own choice of the run nearest the median first
 * paint and time to interactive): one audit of the same page varies by a second of LCP and hundreds of
 * milliseconds of blocking time on this machine.
 */
const RUNS_PER_PAGE = 3

/**
 * Audits each path RUNS_PER_PAGE times, after unmeasured visits have put it in the server's cache as a
 * reader finds it, and keeps the median run. A browser's first audit is not measured: it paid for the
 * browser's own start (the first page audited, whichever it was, measured twice the blocking time of the
 * same page audited later), which would make the first page of the list look the slowest.
 */
export async function runLighthouse(baseURL: string, paths: readonly string[]): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] })
  const audit = (path: string) => lighthouse(`${baseURL}${path}`, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' })
  try {
    const results: LighthouseResult[] = []
    let isBrowserWarm = false
    for (const path of paths) {
      const failed = (error: string) => ({ path, performanceScore: 0, lcpMs: NaN, cls: NaN, tbtMs: NaN, error })
      const status = await warm(`${baseURL}${path}`)
      if (status !== 200) {
        results.push(failed(`answered ${status}`))
        continue
      }
      if (!isBrowserWarm) {
        await audit(path)
        isBrowserWarm = true
      }
      const runs = []
      for (let attempt = 0; attempt < RUNS_PER_PAGE; attempt += 1) runs.push(await audit(path))
      const runtimeError = runs.find((run) => run?.lhr.runtimeError)?.lhr.runtimeError
      const valid = filterToValidRuns(runs.flatMap((run) => (run ? [run.lhr] : [])))
      if (runtimeError || valid.length === 0) {
        results.push(failed(runtimeError ? `${runtimeError.code}: ${runtimeError.message}` : 'no result'))
        continue
      }
      const { categories, audits } = computeMedianRun(valid)
      const result = {
        path,
        performanceScore: Math.round((categories.performance?.score ?? 0) * 100),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      }
      console.log(`Lighthouse ${path} (median of ${valid.length}): performance ${result.performanceScore}, LCP ${result.lcpMs} ms, CLS ${result.cls}, TBT ${result.tbtMs} ms`)
      results.push(result)
    }
    return results
  } finally {
    chrome.kill()
  }
}

/** Whether a page meets every budget. */
export function meetsLighthouseBudgets(result: LighthouseResult): boolean {
  return (
    !result.error &&
    result.performanceScore >= LIGHTHOUSE_BUDGETS.performanceScore &&
    result.lcpMs <= LIGHTHOUSE_BUDGETS.lcpMs &&
    result.cls <= LIGHTHOUSE_BUDGETS.cls &&
    result.tbtMs <= LIGHTHOUSE_BUDGETS.tbtMs
  )
}

/**
 * The same audit of what the framework alone sends a phone: the empty Next app (next-floor.ts), and the
 * floor app rendering a portal page's markup (render-floor.ts: its elements and text, without the
 * portal's styles, pictures and client components). A budget the empty page misses is below the floor.
 */
export async function runLighthouseFloors(portalURL: string, pages: RenderFloorPage[]): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = []
  const empty = await startNextApp((await buildNextFloor()).dir)
  try {
    results.push(...(await runLighthouse(empty.url, ['/'])).map((result) => ({ ...result, path: 'floor: an empty Next page' })))
  } finally {
    await empty.stop()
  }
  for (const page of pages) {
    const floor = await startRenderFloor(portalURL, page)
    try {
      results.push(...(await runLighthouse(floor.url, ['/?q=floor'])).map((result) => ({ ...result, path: `floor: ${page.name}'s markup` })))
    } finally {
      await floor.stop()
    }
  }
  return results
}
