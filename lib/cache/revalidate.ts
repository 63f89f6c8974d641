import { revalidateTag } from 'next/cache'

/**
 * Marks tagged portal data stale so the next visit renders fresh content. Outside a Next server (seed
 * script, migration, a job run from the CLI) there is no cache to refresh and Next throws: skip it.
 */
export function revalidateTags(tags: string[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!isOutsideNextServer(error)) throw error
    }
  }
}

function isOutsideNextServer(error: unknown): boolean {
  return error instanceof Error && /static generation store|outside a request scope|incrementalCache/i.test(error.message)
}
