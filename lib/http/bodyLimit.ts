import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import getRawBody from 'raw-body'

/** A body too large for its endpoint (`status` 413), or one that ended before its declared length (400). */
export type BodyRefusal = { status: 400 | 413 }

/**
 * The request's body, read only as far as `maxBytes`: a declared Content-Length above it is refused
 * before a byte is read, a body without one (chunked) is cut off as soon as it passes it.
 */
export async function readBodyWithin(request: { body?: Request['body'] | undefined; headers: Headers }, maxBytes: number): Promise<Buffer | BodyRefusal> {
  if (!request.body) return Buffer.alloc(0)
  const stream = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
  try {
    return await getRawBody(stream, { limit: maxBytes, length: request.headers.get('content-length') })
  } catch (error) {
    stream.destroy()
    return { status: (error as getRawBody.RawBodyError).status === 413 ? 413 : 400 }
  }
}

export function isBodyRefusal(body: Buffer | BodyRefusal): body is BodyRefusal {
  return !Buffer.isBuffer(body)
}

/**
 * `handler` with its request body bounded: a larger body is answered `refuse(status)` unread, any other
 * reaches `handler` as a new Request carrying the bytes read, and as those bytes.
 */
export function withBodyLimit(
  handler: (request: Request, body: Buffer) => Promise<Response>,
  { maxBytes, refuse }: { maxBytes: number; refuse: (request: Request, refusal: BodyRefusal) => Response | Promise<Response> },
) {
  return async (request: Request): Promise<Response> => {
    const body = await readBodyWithin(request, maxBytes)
    if (isBodyRefusal(body)) return refuse(request, body)
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body: body.length > 0 ? new Uint8Array(body) : null }), body)
  }
}
