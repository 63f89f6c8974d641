import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

export default defineConfig({
  plugins: [
    {
      // The watchdog (scripts/lib/vitest-watchdog.ts) joins every run, even when the command line names its
      // own reporters, which replace the `reporters` below: a file that stalls is killed and named.
      name: 'portal:vitest-watchdog',
      configureVitest({ vitest }) {
        vitest.config.reporters.push([path.join(root, 'scripts/lib/vitest-watchdog.ts'), { importTimeout: 120_000, grace: 30_000 }])
      },
    },
  ],
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@': root,
    },
  },
  test: {
    environment: 'node',
    dir: 'tests/int',
    include: ['**/*.int.spec.ts'],
    // One migrated template per run, and a copy of it for each file: files share no data.
    globalSetup: ['tests/int/setup/template-database.ts'],
    setupFiles: ['tests/int/setup/file-database.ts', 'tests/int/setup/assertions.ts'],
    // Files could run side by side now that each has its own database; on two cores, shared with PostgreSQL,
    // one at a time stays, which also keeps the timing tests (health, hung database) out of each other's way.
    fileParallelism: false,
    // Each file in a process of its own, which the watchdog can kill when the file stalls.
    pool: 'forks',
    testTimeout: 30_000,
    // next-intl's ESM build imports `next/server` without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-intl'] } },
    hookTimeout: 120_000,
  },
})
