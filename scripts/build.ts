/**
 * Production build. Skipped when the sources are byte-for-byte those of the last build, so that a second
 * `npm run demo` starts in seconds; `--force` rebuilds anyway.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { resolvePayloadSecret } from './lib/payload-secret'
import { runCommandOrThrow } from './lib/processes'
import { writeProxyMatchers } from './lib/proxy-matchers'
import { computeSourceFingerprint } from './lib/source-fingerprint'

const root = process.cwd()
// Before the fingerprint: a section, page or language added since is then in the build's proxy.
writeProxyMatchers(root)
const fingerprintFile = path.join(root, '.next', 'source-fingerprint')
const fingerprint = computeSourceFingerprint(root)
const isUpToDate =
  existsSync(path.join(root, '.next', 'BUILD_ID')) &&
  existsSync(fingerprintFile) &&
  readFileSync(fingerprintFile, 'utf8') === fingerprint

if (isUpToDate && !process.argv.includes('--force')) {
  console.log('The production build is up to date with the sources: reusing it.')
} else {
  // The build loads the Payload config, which wants a secret; the built files do not keep it.
  const env = { ...process.env, PAYLOAD_SECRET: resolvePayloadSecret({ mayGenerate: true }) }
  await runCommandOrThrow('payload', ['generate:importmap'], env)
  // Taken before the build (after the import map, which it may rewrite): a source edited while the build
  // runs is not in it, and must make the next build run again.
  const built = computeSourceFingerprint(root)
  await runCommandOrThrow('next', ['build'], env)
  writeFileSync(fingerprintFile, built)
}
