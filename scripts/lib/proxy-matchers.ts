/**
 * The proxy's matchers, written into `proxy.ts` from the lists they follow. Next reads `config.matcher`
 * from the file's text without running it, so the matchers must be literals there; this writes them, as
 * Payload's `generate:importmap` writes the admin's import map, from:
 *
 * - the one list of locales (lib/i18n/localeList.mjs),
 * - the sections of the registry (lib/sections/routes.mjs),
 * - the page folders under `app/(frontend)/[locale]` (named folders, but the internal lists').
 *
 * `npm run build` and `npm run dev` run it first; a section, a page or a language added is then in the
 * proxy without an edit there. tests/int/proxy.int.spec.ts fails while the file says something else.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { LOCALE_CODES } from '../../lib/i18n/localeList.mjs'
import { INTERNAL_LIST_SEGMENT } from '../../lib/lists/listRoutes.mjs'
import { SECTION_ROUTES } from '../../lib/sections/routes.mjs'

const PROXY_FILE = 'proxy.ts'

/** The lines between `matcher: [` and its `],` in proxy.ts. */
const MATCHER_BLOCK = /(\n {2}matcher: \[\n)[\s\S]*?(\n {2}\],)/

/** The named folders of the portal's pages under `[locale]`, besides the internal lists: a dynamic one (`[section]`) answers under the sections' own names. */
export function pageFolders(root = process.cwd()): string[] {
  return readdirSync(path.join(root, 'app', '(frontend)', '[locale]'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== INTERNAL_LIST_SEGMENT && /^[a-z0-9-]+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
}

/** The two matchers, each with the comment that says what it takes. */
export function proxyMatcherLines(root = process.cwd()): string[] {
  const locales = LOCALE_CODES.join('|')
  const claimed = [...Object.keys(SECTION_ROUTES), ...pageFolders(root)].join('|')
  return [
    '    // Written by scripts/lib/proxy-matchers.ts (`npm run build` and `npm run dev` run it): edit the lists it reads.',
    "    // Paths without a locale: negotiate one and redirect. Payload, Next's internals and files are left alone.",
    `    '/((?!(?:${locales})(?:/|$)|api|admin|_next|_vercel|.*\\\\..*).*)',`,
    '    // Paths under a locale that no section or page claims (the internal lists among them): not found.',
    `    '/(${locales})/((?!(?:${claimed})(?:/|$)).*)',`,
  ]
}

/** proxy.ts as it should be: its text with the matchers written from today's lists. */
export function proxyWithMatchers(root = process.cwd()): { current: string; expected: string } {
  const current = readFileSync(path.join(root, PROXY_FILE), 'utf8')
  if (!MATCHER_BLOCK.test(current)) throw new Error(`${PROXY_FILE}: no \`  matcher: [\` … \`  ],\` block to write the matchers in.`)
  const expected = current.replace(MATCHER_BLOCK, (_, open: string, close: string) => `${open}${proxyMatcherLines(root).join('\n')}${close}`)
  return { current, expected }
}

/** Writes the matchers into proxy.ts when they differ from today's lists; true when it did. */
export function writeProxyMatchers(root = process.cwd()): boolean {
  const { current, expected } = proxyWithMatchers(root)
  if (current === expected) return false
  writeFileSync(path.join(root, PROXY_FILE), expected)
  console.log(`${PROXY_FILE}: the matchers now name the locales, sections and pages of today (scripts/lib/proxy-matchers.ts).`)
  return true
}
