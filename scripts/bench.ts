/**
 * `npm run bench`: the portal under load, against its budgets. Builds for production (reused when the
 * sources are unchanged), starts one production server (server.mjs) on a fresh throwaway database (the
 * embedded PostgreSQL, or a new database on DATABASE_URI's server) holding the demo content plus a synthetic
 * catalogue of 10,000 projects and 1,000 news in four languages, warms it, then runs autocannon
 * (50 connections, 10 s) against each target, a query the server must refuse among them. Prints a table,
 * writes .bench/results.json, and exits non-zero when a budget is missed. With REDIS_URL set the server
 * uses the shared Redis cache.
 * `npm run bench -- --only enquiry` measures only the targets whose name contains the word (or any of
 * several, comma-separated), and the static file, the ceiling: a quick look at one change; `--cpu-prof`
 * profiles the server meanwhile. `--only lighthouse` adds a phone's first visit measured by Lighthouse
 * (scripts/bench/lighthouse.ts), which a full run leaves out.
 * Every run also weighs each page type's first-load JavaScript against the framework's floor, an empty
 * Next app of the same version (scripts/bench/next-floor.ts); `--only js` does only that, from the build,
 * without a database or a server. `--projects 100000 --news 10000` measures a larger catalogue. Beside
 * the uncached targets (or with `--only floor`), an empty Next app renders the same pages' markup per
 * request: the framework's floor for them (scripts/bench/render-floor.ts).
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { createThrowawayDatabase } from './lib/throwaway-database'
import { investorPagePath } from '../lib/enquiries/investorKey'
import { LOCALES } from '../lib/i18n/locales'
import { isFormRoute, measureFirstLoadJs, type RouteScripts } from './bench/first-load-js'
import { LIGHTHOUSE_BUDGETS, type LighthouseResult, lighthousePaths, meetsLighthouseBudgets, runLighthouse, runLighthouseFloors } from './bench/lighthouse'
import { type Measurement, measure, type Target } from './bench/load'
import { measureNextFloor } from './bench/next-floor'
import { measureRenderFloor } from './bench/render-floor'
import { addSyntheticContent, syntheticCountsFromArgs } from './bench/synthetic-content'
import { type BackgroundProcess, waitForHealthy } from './lib/background-process'
import { forgetCachedRenders } from './lib/cached-renders'
import { productionEnv, spawnProductionServer } from './lib/production-server'
import { runCommandOrThrow, runMigrations } from './lib/processes'

const CONNECTIONS = 50
const DURATION_SECONDS = 10
const WARM_UP_SECONDS = 3
const SYNTHETIC = syntheticCountsFromArgs(process.argv)
const RESULTS_FILE = path.join('.bench', 'results.json')

const BUDGETS = {
  cachedShareOfStatic: 0.8,
  cachedP99Ms: 50,
  uncachedP95Ms: 30,
  formRequestsPerSecond: 300,
  /** First-load JavaScript, gzip, over an empty Next app's of the same version: a content page, a page with a form. */
  firstLoadJsOverFloor: { contentBytes: 3 * 1024, formBytes: 15 * 1024 },
  refusedP99Ms: 100,
  /** A search repeated (real traffic repeats queries): its results cached per query, its page sent again. */
  searchRepeated: { shareOfStatic: 0.5, p99Ms: 100 },
  /** Search terms never asked before, 50 connections: every one a query and a render. */
  searchVaried: { shareOfStatic: 0.12, p99Ms: 500 },
  /** A project list filtered by an amount typed in, 50 connections: cached neither as a page nor as data. */
  typedVaried: { shareOfStatic: 0.06, p99Ms: 500 },
  /** Varied search terms and typed filters one at a time (issue 27), below the other uncached pages' p95. */
  variedOneConnectionP95Ms: 20,
}

const BENCH_EMAIL_DOMAIN = 'bench.invalid'
/** Requests in the form's measured run: as many as the budget's rate would answer in the run's duration. */
const FORM_REQUESTS = BUDGETS.formRequestsPerSecond * DURATION_SECONDS
const FORM_WARM_UP_REQUESTS = 100

/** The enquiry POST through the JSON endpoint: a new idempotency key and e-mail address per request. */
function enquiryTarget(): Target {
  return {
    name: 'enquiry POST',
    kind: 'form',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    path: (i) => `/api/enquiries/submit?locale=${locales[i % locales.length]}`,
    body: (i) =>
      JSON.stringify({
        type: 'general',
        name: `Bench investor ${i}`,
        email: `investor-${i}-${randomBytes(4).toString('hex')}@${BENCH_EMAIL_DOMAIN}`,
        country: 'KR',
        message: 'Which land parcels in Shibei suit a regional headquarters?',
        consent: true,
        idempotencyKey: randomUUID(),
      }),
  }
}

/**
 * The review's GraphQL query (e2e/graphql-limits.e2e.spec.ts): 200 aliases of a 100-document page, 11 KB,
 * anonymous. Refused by the query limits (lib/graphql/queryLimits.ts) with 400, and quickly, even 50 at once.
 */
function graphqlAliasFloodTarget(): Target {
  const query = `query {\n${Array.from({ length: 200 }, (_, index) => `  p${index}: Projects(limit: 100) { docs { id title } }`).join('\n')}\n}`
  const body = JSON.stringify({ query })
  return {
    name: 'GraphQL alias flood, refused',
    kind: 'refused',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    path: () => '/api/graphql',
    body: () => body,
  }
}

const onlyArgument = process.argv.indexOf('--only')
/** `--only private,GraphQL`: the targets whose name contains any of the comma-separated words. */
const onlyTargets = onlyArgument === -1 ? null : (process.argv[onlyArgument + 1] ?? '').split(',')
/** `--cpu-prof`: the server runs under Node's CPU profiler; its profile is written to .bench/profiles when it stops (`tsx scripts/bench/profile-summary.ts` reads it). */
const PROFILE_DIR = path.join('.bench', 'profiles')
const serverNodeArgs = process.argv.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []
/** Lighthouse runs only when asked for by name: three audits of some 15 s a page, and a browser. */
const wantsLighthouse = onlyTargets?.includes('lighthouse') ?? false
/** `--only js`: the first-load JavaScript alone, read from the build; no database, no server. */
const wantsOnlyJs = onlyTargets?.every((word) => word === 'js') ?? false
const isSelected = (target: Target) => onlyTargets === null || target.kind === 'static' || onlyTargets.some((word) => target.name.includes(word))

const locales = LOCALES.map(({ code }) => code)
const inLocale = (index: number, rest = '') => `/${locales[index % locales.length]}${rest}`

type Sample = { projectSlug: string; industrySlug: string; searchTerm: string }

/** An enquiry's private page, reference and key: dynamic, never cached, read on every request. */
type PrivatePage = { reference: string; key: string }

const filteredProjects = (sample: Sample) => `/projects?industry=${sample.industrySlug}&stage=seeking-investment`
const search = (q: string) => `/search?q=${encodeURIComponent(q)}`

function targets(buildId: string, sample: Sample, privatePage: PrivatePage): Target[] {
  const lists = ['projects', 'funds', 'industries', 'rcep', 'talent', 'news', 'areas']
  const filtered = filteredProjects(sample)
  return [
    { name: 'static file', kind: 'static', path: () => `/_next/static/${buildId}/_buildManifest.js` },
    { name: 'home', kind: 'cached', path: (i) => inLocale(i) },
    ...lists.map((list): Target => ({ name: `list /${list}`, kind: 'cached', path: (i) => inLocale(i, `/${list}`) })),
    { name: 'filtered projects', kind: 'cached', path: (i) => inLocale(i, filtered) },
    // A crawler or a campaign: every request a URL the response cache has not seen (a parameter the list
    // does not read), answered from the page cache. No budget yet; it shows what the page cache of
    // filtered lists earns over rendering them per request (lib/cache/README.md).
    { name: 'filtered projects, each URL new', kind: 'measured', path: (i) => inLocale(i, `${filtered}&utm_source=${i}`) },
    { name: 'project detail', kind: 'cached', path: (i) => inLocale(i, `/projects/${sample.projectSlug}`) },
    // Generated once per locale and publish, then read from the data cache (lib/data/factsheet.ts): measured, no budget yet.
    { name: 'project fact sheet (PDF)', kind: 'measured', path: (i) => inLocale(i, `/projects/${sample.projectSlug}/factsheet.pdf`) },
    // A popular term under load (its results cached, its page sent again for half a second), then terms never seen before.
    { name: 'search, common term', kind: 'measured', budget: BUDGETS.searchRepeated, path: (i) => inLocale(i, search(sample.searchTerm)) },
    // A minimum investment: typed filters are cached neither as pages nor as data, so a real query every time.
    // Under the full load it shows throughput; one at a time, the latency the budget is about.
    ...[CONNECTIONS, 1].map((connections): Target => ({
      name: `filtered projects, uncached, ${connections} conn`,
      kind: connections === 1 ? 'uncached' : 'measured',
      ...(connections === CONNECTIONS ? { budget: BUDGETS.typedVaried } : { p95Ms: BUDGETS.variedOneConnectionP95Ms }),
      connections,
      path: (i) => inLocale(i, `${filtered}&min=0.${String(i + 1).padStart(9, '0')}`),
    })),
    // A term and a catalogue number no earlier request combined: a query the database has not just answered.
    ...[CONNECTIONS, 1].map((connections): Target => ({
      name: `search, uncached, ${connections} conn`,
      kind: connections === 1 ? 'uncached' : 'measured',
      ...(connections === CONNECTIONS ? { budget: BUDGETS.searchVaried } : { p95Ms: BUDGETS.variedOneConnectionP95Ms }),
      connections,
      path: (i) => inLocale(i, search(`${sample.searchTerm} ${i + 1}`)),
    })),
    // The investor's own page: the enquiry, its thread and its officer, read for every request, as a typed list is.
    ...[CONNECTIONS, 1].map((connections): Target => ({
      name: `private enquiry page, ${connections} conn`,
      kind: connections === 1 ? 'uncached' : 'measured',
      connections,
      path: (i) => investorPagePath(locales[i % locales.length], privatePage.reference, privatePage.key),
    })),
    { name: '/api/health', kind: 'measured', path: () => '/api/health' },
    enquiryTarget(),
    graphqlAliasFloodTarget(),
  ]
}

/** A synthetic project, a published industry, and a word found in many titles, to aim the targets at. */
async function sampleContent(databaseUri: string): Promise<Sample> {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    // Each locale is published on its own: the status is on the locale's row.
    const publishedIn = (table: string) => `${table} d join ${table}_locales l on l._parent_id = d.id and l._locale = 'zh' and l._status = 'published'`
    const project = await client.query<{ slug: string }>(`select d.slug from ${publishedIn('projects')} order by d.id desc limit 1`)
    const industry = await client.query<{ slug: string }>(`select d.slug from ${publishedIn('industries')} order by d.id limit 1`)
    const word = await client.query<{ word: string }>(
      `select word from (select regexp_split_to_table(lower(title), '[^a-z]+') as word from projects_locales where _locale = 'en') words
        where length(word) > 4 group by word order by count(*) desc limit 1`,
    )
    return { projectSlug: project.rows[0].slug, industrySlug: industry.rows[0].slug, searchTerm: word.rows[0]?.word ?? 'shibei' }
  } finally {
    await client.end()
  }
}

/**
 * Sends one enquiry as an investor would and waits until it is stored, for the private-page targets. Its
 * address is outside the bench's domain, so the form's stored-per-accepted count does not include it.
 */
async function createPrivatePage(baseURL: string, databaseUri: string): Promise<PrivatePage> {
  const response = await fetch(`${baseURL}/api/enquiries/submit?locale=ja`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'general',
      name: 'Bench reader',
      email: 'reader@private-page.invalid',
      country: 'JP',
      message: 'Which land parcels in Shibei suit a regional headquarters?',
      consent: true,
      idempotencyKey: randomUUID(),
    }),
  })
  if (response.status !== 201) throw new Error(`The private page's enquiry was refused: ${response.status} ${await response.text()}`)
  // The answer links the investor's page, key included, as the thank-you page does.
  const { reference, page } = (await response.json()) as { reference: string; page: string }
  const key = new URL(page).searchParams.get('key')
  if (!key) throw new Error(`The submit answer's page has no key: ${page}`)
  await storedAfterDrain(databaseUri)
  return { reference, key }
}

type StoredEnquiries = { accepted: number; stored: number; drainSeconds: number }

const DRAIN_TIMEOUT_MS = 10 * 60 * 1000

/**
 * Waits until every accepted submission is an enquiry (a flood is answered first and stored from the
 * queue), then counts the bench's enquiries. The wait is part of the result: how long the backlog took.
 */
async function storedAfterDrain(databaseUri: string): Promise<{ stored: number; drainSeconds: number }> {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  const startedAt = Date.now()
  try {
    for (;;) {
      const { rows } = await client.query<{ waiting: number }>(`select count(*)::int as waiting from enquiry_intake where stored_at is null`)
      if (rows[0].waiting === 0 || Date.now() - startedAt > DRAIN_TIMEOUT_MS) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  } finally {
    await client.end()
  }
  return { stored: await countBenchEnquiries(databaseUri), drainSeconds: (Date.now() - startedAt) / 1000 }
}

/** How many enquiries the bench's POSTs left in the database (each with a bench address). */
async function countBenchEnquiries(databaseUri: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(`select count(*) from enquiries where email like $1`, [`%@${BENCH_EMAIL_DOMAIN}`])
    return Number(rows[0].count)
  } finally {
    await client.end()
  }
}

type Verdict = { budget: string; target: string; passed: boolean; detail: string }

type FirstLoadJs = { floor: RouteScripts & { nextVersion: string }; routes: RouteScripts[] }

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

/** Each page type's first-load JavaScript over the floor: a content page within 3 KB of it, a form's page within 15 KB. */
function judgeFirstLoadJs({ floor, routes }: FirstLoadJs): Verdict[] {
  const { contentBytes, formBytes } = BUDGETS.firstLoadJsOverFloor
  return routes.map((route) => {
    const isForm = isFormRoute(route.route)
    const over = route.gzipBytes - floor.gzipBytes
    return {
      budget: `first-load JS ≤ floor + ${kb(isForm ? formBytes : contentBytes)} KB gzip (${isForm ? 'form' : 'content'})`,
      target: route.route,
      passed: over <= (isForm ? formBytes : contentBytes),
      detail: `${kb(route.gzipBytes)} KB: floor ${over >= 0 ? '+' : '−'} ${kb(Math.abs(over))} KB, ${route.files} files`,
    }
  })
}

async function measureFirstLoadJsOverFloor(): Promise<FirstLoadJs> {
  const floor = await measureNextFloor()
  console.log(`First-load JS floor, an empty Next ${floor.nextVersion} app: ${kb(floor.gzipBytes)} KB gzip in ${floor.files} files.`)
  return { floor, routes: measureFirstLoadJs() }
}

function judge(results: Measurement[], firstLoadJs: FirstLoadJs, storedEnquiries: StoredEnquiries, lighthouseResults: LighthouseResult[]): Verdict[] {
  const staticRate = results.find((result) => result.kind === 'static')?.requestsPerSecond ?? NaN
  const verdicts: Verdict[] = []
  for (const result of results) {
    if (result.budget) {
      const share = result.requestsPerSecond / staticRate
      verdicts.push({
        budget: `≥ ${result.budget.shareOfStatic} × static, p99 < ${result.budget.p99Ms} ms, no errors`,
        target: result.name,
        passed: share >= result.budget.shareOfStatic && result.p99 < result.budget.p99Ms && result.errors === 0,
        detail: `${share.toFixed(2)} × static, p99 ${result.p99} ms, ${result.errors} errors`,
      })
    }
    if (result.kind === 'cached') {
      const share = result.requestsPerSecond / staticRate
      verdicts.push({
        budget: `cached ≥ ${BUDGETS.cachedShareOfStatic} × static, p99 < ${BUDGETS.cachedP99Ms} ms, no errors`,
        target: result.name,
        passed: share >= BUDGETS.cachedShareOfStatic && result.p99 < BUDGETS.cachedP99Ms && result.errors === 0,
        detail: `${share.toFixed(2)} × static, p99 ${result.p99} ms, ${result.errors} errors`,
      })
    }
    if (result.kind === 'uncached') {
      const p95Ms = result.p95Ms ?? BUDGETS.uncachedP95Ms
      verdicts.push({
        budget: `uncached p95 < ${p95Ms} ms, no errors`,
        target: result.name,
        passed: result.p95 < p95Ms && result.errors === 0,
        detail: `p95 ${result.p95} ms, ${result.errors} errors`,
      })
    }
    if (result.kind === 'refused') {
      const refusals = Object.entries(result.statusCodes).filter(([code]) => code.startsWith('4'))
      const refused = refusals.reduce((sum, [, count]) => sum + count, 0)
      verdicts.push({
        budget: `refused with 4xx, p99 < ${BUDGETS.refusedP99Ms} ms`,
        target: result.name,
        // Autocannon's errors count every non-2xx answer too: more errors than refusals are dropped connections.
        passed: result.requests > 0 && refused === result.requests && result.errors === refused && result.p99 < BUDGETS.refusedP99Ms,
        detail: `p99 ${result.p99} ms, ${refused} of ${result.requests} refused (${refusals.map(([code, count]) => `${code}×${count}`).join(' ')})`,
      })
    }
    if (result.kind === 'form') {
      verdicts.push({
        budget: `enquiry ≥ ${BUDGETS.formRequestsPerSecond} req/s, no errors`,
        target: result.name,
        passed: result.requestsPerSecond >= BUDGETS.formRequestsPerSecond && result.errors === 0,
        detail: `${Math.round(result.requestsPerSecond)} req/s, ${result.errors} errors`,
      })
    }
  }
  verdicts.push({
    budget: 'one enquiry stored per accepted POST',
    target: 'enquiry POST',
    passed: storedEnquiries.stored === storedEnquiries.accepted,
    detail: `${storedEnquiries.stored} stored, ${storedEnquiries.accepted} answered 201, queue empty after ${storedEnquiries.drainSeconds.toFixed(1)} s`,
  })
  for (const page of lighthouseResults) {
    verdicts.push({
      budget: `Lighthouse mobile: performance ≥ ${LIGHTHOUSE_BUDGETS.performanceScore}, LCP ≤ ${LIGHTHOUSE_BUDGETS.lcpMs} ms, CLS ≤ ${LIGHTHOUSE_BUDGETS.cls}, TBT ≤ ${LIGHTHOUSE_BUDGETS.tbtMs} ms`,
      target: page.path,
      passed: meetsLighthouseBudgets(page),
      detail: page.error ?? `performance ${page.performanceScore}, LCP ${page.lcpMs} ms, CLS ${page.cls}, TBT ${page.tbtMs} ms`,
    })
  }
  verdicts.push(...judgeFirstLoadJs(firstLoadJs))
  return verdicts
}

function printTable(results: Measurement[], verdicts: Verdict[]): void {
  const staticRate = results.find((result) => result.kind === 'static')?.requestsPerSecond ?? NaN
  if (results.length > 0) {
    console.table(
      results.map((result) => ({
        target: result.name,
        kind: result.kind,
        'req/s': Math.round(result.requestsPerSecond),
        'p50 ms': result.p50,
        'p95 ms': result.p95,
        'p99 ms': result.p99,
        errors: result.errors,
        statuses: Object.entries(result.statusCodes)
          .map(([code, count]) => `${code}×${count}`)
          .join(' '),
        '× static': (result.requestsPerSecond / staticRate).toFixed(2),
      })),
    )
  }
  console.table(verdicts.map((verdict) => ({ '': verdict.passed ? 'pass' : 'FAIL', budget: verdict.budget, target: verdict.target, measured: verdict.detail })))
}

function writeResults(results: Record<string, unknown>): void {
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true })
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`)
  console.log(`Written to ${RESULTS_FILE}.`)
}

async function main(): Promise<number> {
  await runCommandOrThrow('tsx', ['scripts/build.ts'])
  const buildId = readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim()
  const firstLoadJs = await measureFirstLoadJsOverFloor()
  if (wantsOnlyJs) {
    const verdicts = judgeFirstLoadJs(firstLoadJs)
    printTable([], verdicts)
    writeResults({ budgets: BUDGETS, firstLoadJs, verdicts })
    return verdicts.every((verdict) => verdict.passed) ? 0 : 1
  }
  forgetCachedRenders()

  const database = await createThrowawayDatabase(process.env.DATABASE_URI)
  // Every bench request comes from one address; people keep the default limits.
  const env = productionEnv(database.uri, { ENQUIRY_RATE_LIMIT_PER_IP: String(1_000_000) })
  let server: BackgroundProcess | null = null
  try {
    await runMigrations(env)
    await runCommandOrThrow('tsx', ['scripts/seed.ts'], env)
    const startedAt = Date.now()
    await addSyntheticContent(database.uri, SYNTHETIC)
    console.log(`Synthetic content: ${SYNTHETIC.projects} projects and ${SYNTHETIC.news} news in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`)
    const sample = await sampleContent(database.uri)

    const started = await spawnProductionServer('next', env, serverNodeArgs)
    server = started.server
    const { baseURL } = started
    await waitForHealthy(baseURL, server)
    const privatePage = await createPrivatePage(baseURL, database.uri)

    const results: Measurement[] = []
    let acceptedEnquiries = 0
    for (const target of targets(buildId, sample, privatePage).filter(isSelected)) {
      const isForm = target.kind === 'form'
      // The form warms up with a fixed number of requests too: one cut off by the end of a timed run
      // could still be stored, unanswered, and spoil the count.
      const warmUp = await measure(baseURL, target, { connections: 10, durationSeconds: WARM_UP_SECONDS, amount: isForm ? FORM_WARM_UP_REQUESTS : undefined })
      const result = await measure(baseURL, target, {
        connections: target.connections ?? CONNECTIONS,
        durationSeconds: DURATION_SECONDS,
        amount: isForm ? FORM_REQUESTS : undefined,
      })
      console.log(`${target.name}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors`)
      results.push(result)
      if (isForm) acceptedEnquiries += (warmUp.statusCodes['201'] ?? 0) + (result.statusCodes['201'] ?? 0)
    }

    // What Next itself answers rendering the same markup per request, beside the uncached targets (render-floor.ts).
    if (results.some((result) => result.name.includes('uncached')) || onlyTargets?.includes('floor')) {
      const pages = [
        { name: 'the search page', path: `/en${search(`${sample.searchTerm} 1`)}` },
        { name: 'the filtered projects', path: `/en${filteredProjects(sample)}&min=0.000000001` },
      ]
      results.push(...(await measureRenderFloor(baseURL, pages, [CONNECTIONS, 1].map((connections) => ({ connections, durationSeconds: DURATION_SECONDS })))))
    }

    const storedEnquiries = { accepted: acceptedEnquiries, ...(await storedAfterDrain(database.uri)) }
    console.log(`The enquiry queue was empty ${storedEnquiries.drainSeconds.toFixed(1)} s after the last answer.`)
    const lighthouseResults = wantsLighthouse ? await runLighthouse(baseURL, lighthousePaths(sample)) : []
    // What the framework alone scores, for comparison (no budget): the empty page, the search page's markup,
    // and the home page's in zh and in en (the same elements; Chinese text against English, without our styles).
    const lighthouseFloors = wantsLighthouse
      ? await runLighthouseFloors(baseURL, [
          { name: 'the search page', path: `/en${search(sample.searchTerm)}` },
          { name: 'the zh home page', path: '/zh' },
          { name: 'the en home page', path: '/en' },
        ])
      : []
    if (lighthouseFloors.length > 0) console.table(lighthouseFloors)
    const verdicts = judge(results, firstLoadJs, storedEnquiries, lighthouseResults)
    printTable(results, verdicts)
    const settings = { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, synthetic: SYNTHETIC, redis: Boolean(process.env.REDIS_URL) }
    writeResults({ settings, budgets: BUDGETS, results, storedEnquiries, firstLoadJs, lighthouse: lighthouseResults, lighthouseFloors, verdicts })
    return verdicts.every((verdict) => verdict.passed) ? 0 : 1
  } finally {
    await server?.stop()
    await database.destroy()
  }
}

process.exit(await main())
