import { link, mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { SpoolEntry, SpoolStore } from './spoolStore'

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT'
}

/**
 * The spool on this host's disk: one file per entry (a maildir, not one append-only file, so that writing
 * and replaying need no lock between processes: a file is complete once it has its name). Each is written
 * to a temporary name, fsynced, linked under its final name and its directory fsynced before the caller
 * is answered. A replay claims an entry by creating `{id}.claim` exclusively beside it.
 */
export function diskSpool(directory: string): SpoolStore {
  const fileOf = (id: string) => path.join(directory, `${id}.json`)
  const claimOf = (id: string) => path.join(directory, `${id}.claim`)
  const readEntry = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as SpoolEntry

  return {
    name: `disk (${directory})`,

    async keep(id, entry) {
      await mkdir(directory, { recursive: true })
      const finalPath = fileOf(id)
      const temporaryPath = `${finalPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
      const handle = await open(temporaryPath, 'wx', 0o600)
      try {
        await handle.writeFile(JSON.stringify(entry))
        await handle.sync()
      } finally {
        await handle.close()
      }
      try {
        // link() fails if the name exists: of two twins written at once, exactly one is kept.
        await link(temporaryPath, finalPath)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        return readEntry(finalPath)
      } finally {
        await unlink(temporaryPath).catch(() => {})
      }
      await syncDirectory(directory)
      return entry
    },

    async read(id) {
      return readEntry(fileOf(id)).catch(() => null)
    },

    async list() {
      let names: string[]
      try {
        names = (await readdir(directory)).filter((name) => name.endsWith('.json'))
      } catch (error) {
        if (isMissing(error)) return []
        throw error
      }
      const entries: { id: string; entry: SpoolEntry }[] = []
      for (const name of names) {
        const entry = await readEntry(path.join(directory, name)).catch(() => null)
        if (entry) entries.push({ id: name.slice(0, -'.json'.length), entry })
      }
      return entries
    },

    async claim(id, now, leaseMs) {
      const claimPath = claimOf(id)
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          await (await open(claimPath, 'wx', 0o600)).close()
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
          // A claim older than the lease belongs to a process that died mid-replay: take it over.
          const claimedAt = await stat(claimPath).then((stats) => stats.mtimeMs, () => now.getTime())
          if (now.getTime() - claimedAt < leaseMs) return null
          await unlink(claimPath).catch(() => {})
          continue
        }
        const entry = await readEntry(fileOf(id)).catch(() => null)
        if (!entry) await unlink(claimPath).catch(() => {})
        return entry
      }
      return null
    },

    async release(id) {
      await unlink(claimOf(id)).catch((error: unknown) => {
        if (!isMissing(error)) throw error
      })
    },

    async remove(id) {
      await unlink(fileOf(id)).catch((error: unknown) => {
        if (!isMissing(error)) throw error
      })
      await syncDirectory(directory)
      await this.release(id)
    },
  }
}
