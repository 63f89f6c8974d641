import autocannon from 'autocannon'

/** One thing the bench loads: a URL (or a URL per request), and what it is held to. */
export type Target = {
  name: string
  /**
   * static: the ceiling; cached: pages served from the cache; uncached: every request a new query, one
   * at a time (its latency is the query's, not a queue's); measured: no budget; form: the enquiry POST;
   * refused: a request the server must refuse (4xx), quickly.
   */
  kind: 'static' | 'cached' | 'uncached' | 'measured' | 'form' | 'refused'
  /** Concurrent connections, when not the bench's usual number. */
  connections?: number
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  /** The path of the request numbered `index` (rotating locales, or making each query unique). */
  path: (index: number) => string
  body?: (index: number) => string
  /** A budget of its own, as a share of the static file's rate and a p99 (issue 27's search budgets). */
  budget?: { shareOfStatic: number; p99Ms: number }
  /** An uncached target's own p95 budget, one connection, when not the bench's usual one (issue 27's). */
  p95Ms?: number
}

export type Measurement = {
  name: string
  kind: Target['kind']
  budget?: Target['budget']
  p95Ms?: number
  requests: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  /** Connection errors (timeouts included) and responses other than 2xx. */
  errors: number
  statusCodes: Record<string, number>
}

/** Numbers requests across every run, warm-ups included, so that an uncached target never repeats a URL. */
let requestNumber = 0

export type LoadOptions = {
  connections: number
  durationSeconds: number
  /** A fixed number of requests instead of the duration (the form), so that every one is answered before the count. */
  amount?: number
}

/** Runs autocannon against one target; latencies are every response's own, so p95 is exact. */
export async function measure(baseURL: string, target: Target, options: LoadOptions): Promise<Measurement> {
  const latencies: number[] = []
  const statusCodes: Record<string, number> = {}
  let finish: (result: autocannon.Result) => void = () => {}
  let fail: (error: unknown) => void = () => {}
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  const instance = autocannon(
    {
    url: baseURL,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.amount ? { amount: options.amount } : {}),
    method: target.method ?? 'GET',
    headers: target.headers,
    requests: [
      {
        setupRequest: (request) => {
          const number = requestNumber++
          return { ...request, path: target.path(number), ...(target.body ? { body: target.body(number) } : {}) }
        },
      },
    ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  )
  let lastResponseAt = 0
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    lastResponseAt = Date.now()
    latencies.push(responseTime)
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1
  })
  const result = await finished
  // A fixed number of requests ends at autocannon's next one-second tick, not at the last answer: its
  // duration would count up to a second of nothing.
  const seconds = options.amount && lastResponseAt ? (lastResponseAt - result.start.getTime()) / 1000 : result.duration
  latencies.sort((a, b) => a - b)
  const percentile = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN)
  return {
    name: target.name,
    kind: target.kind,
    budget: target.budget,
    p95Ms: target.p95Ms,
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50: round(percentile(50)),
    p95: round(percentile(95)),
    p99: round(percentile(99)),
    errors: result.errors + result.non2xx,
    statusCodes,
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
