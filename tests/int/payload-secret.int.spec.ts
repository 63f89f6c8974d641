import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const projectRoot = path.resolve(__dirname, '../..')

describe('starting in production without PAYLOAD_SECRET', () => {
  let emptyDir: string

  beforeAll(async () => {
    emptyDir = await mkdtemp(path.join(tmpdir(), 'portal-no-secret-'))
  })

  afterAll(async () => {
    await rm(emptyDir, { recursive: true, force: true })
  })

  it('stops before anything starts, with a one-line explanation', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' }
    delete env.PAYLOAD_SECRET
    delete env.DATABASE_URI
    const launcher = path.join(projectRoot, 'scripts/with-database.ts')
    const tsx = path.join(projectRoot, 'node_modules/.bin/tsx')
    const failure = await run(tsx, [launcher, 'production', '--', 'true'], { cwd: emptyDir, env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^PAYLOAD_SECRET is not set/)])
  })
})
