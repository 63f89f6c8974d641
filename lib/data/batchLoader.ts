type Waiting<V> = { resolve: (value: V | null) => void; reject: (error: unknown) => void }

/**
 * A loader of one value by key that collects the keys asked for in the same turn of the event loop and
 * reads them in one call: the parts of a page that each miss their cache entry make one query, not one
 * each. A key the call does not return resolves to null.
 */
export function batchLoader<K, V>(loadMany: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | null> {
  let nextBatch: Map<K, Waiting<V>[]> | null = null

  async function readNextBatch(): Promise<void> {
    const batch = nextBatch ?? new Map<K, Waiting<V>[]>()
    nextBatch = null
    try {
      const found = await loadMany([...batch.keys()])
      for (const [key, waiting] of batch) for (const { resolve } of waiting) resolve(found.get(key) ?? null)
    } catch (error) {
      for (const waiting of batch.values()) for (const { reject } of waiting) reject(error)
    }
  }

  return (key) =>
    new Promise((resolve, reject) => {
      if (!nextBatch) {
        nextBatch = new Map()
        setImmediate(readNextBatch)
      }
      nextBatch.set(key, [...(nextBatch.get(key) ?? []), { resolve, reject }])
    })
}
