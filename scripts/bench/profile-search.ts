/**
 * A CPU profile of the production server answering searches, one connection at a time (light on a shared
 * machine): `tsx scripts/bench/profile-search.ts [checkout with a build]`. The bench's database (demo
 * content and the synthetic catalogue), then one server per phase under `node --cpu-prof`: varied terms,
 * then a common term repeated. Profiles go to .bench/profiles/{phase}; read them with profile-summary.ts.
 * `--explain-only` prints the statements' plans and stops; `--projects N --news N` sizes the catalogue.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import pg from 'pg'

import { LOCALE_CODES, type Locale } from '../../lib/i18n/locales'
import { cappedSearchStatement, searchStatement } from '../../lib/search/statement'
import { toTsqueryLiteral } from '../../lib/search/tokens'
import { findFreePort } from '../lib/free-port'
import { productionEnv } from '../lib/production-server'
import { runCommandOrThrow, runMigrations } from '../lib/processes'
import { createThrowawayDatabase } from '../lib/throwaway-database'
import { measure } from './load'
import { addSyntheticContent, syntheticCountsFromArgs } from './synthetic-content'

const root = path.resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '.')
const SECONDS = 15

async function commonWord(uri: string): Promise<string> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const word = await client.query<{ word: string }>(
      `select word from (select regexp_split_to_table(lower(title), '[^a-z]+') as word from projects_locales where _locale = 'en') words
        where length(word) > 4 group by word order by count(*) desc limit 1`,
    )
    return word.rows[0]?.word ?? 'shibei'
  } finally {
    await client.end()
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the search's statement for a query, printed. */
async function explain(uri: string, query: string, locale: Locale) {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    for (const make of [searchStatement, cappedSearchStatement]) {
      const statement = new PgDialect().sqlToQuery(make({ tsquery: toTsqueryLiteral(query) ?? '', locale, section: null }))
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.sql}`, statement.params)
      console.log(`\nEXPLAIN ${make.name} ${locale} “${query}”:\n${rows.map((row) => row['QUERY PLAN']).join('\n')}\n`)
    }
  } finally {
    await client.end()
  }
}

async function profilePhase(phase: string, env: NodeJS.ProcessEnv, path_: (i: number) => string) {
  const port = await findFreePort()
  const dir = path.resolve('.bench', 'profiles', phase)
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, 'server.mjs'], { cwd: root, env: { ...env, PORT: String(port) }, stdio: 'inherit' })
  const baseURL = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    if ((await fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false)) === true) break
    if (i > 600) throw new Error('server did not start')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await measure(baseURL, { name: `${phase} warm-up`, kind: 'measured', path: path_ }, { connections: 1, durationSeconds: 3 })
  const result = await measure(baseURL, { name: phase, kind: 'measured', path: path_ }, { connections: 1, durationSeconds: SECONDS })
  console.log(`${phase}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, ${JSON.stringify(result.statusCodes)}`)
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
  console.log(`profile in ${dir}`)
}

const database = await createThrowawayDatabase(process.env.DATABASE_URI)
try {
  const env = productionEnv(database.uri)
  await runMigrations(env)
  await runCommandOrThrow('tsx', ['scripts/seed.ts'], env)
  await addSyntheticContent(database.uri, syntheticCountsFromArgs(process.argv))
  const word = await commonWord(database.uri)
  // The common word in its language and in another (where one word index for every locale read the whole
  // table), a rarer query, and a Chinese term.
  for (const [query, locale] of [[word, 'en'], [word, 'zh'], [`${word} 123`, 'en'], ['市北区', 'zh']] as const) await explain(database.uri, query, locale)
  const inLocale = (i: number, q: string) => `/${LOCALE_CODES[i % LOCALE_CODES.length]}/search?q=${encodeURIComponent(q)}`
  if (!process.argv.includes('--explain-only')) {
    await profilePhase('varied', env, (i) => inLocale(i, `${word} ${i + 1}`))
    await profilePhase('common', env, (i) => inLocale(i, word))
  }
} finally {
  await database.destroy()
}
process.exit(0)
