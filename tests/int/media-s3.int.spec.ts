import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { uniqueSuffix } from './fixtures'

const BUCKET = 'portal-media-test'
// s3rver accepts this one key pair, and checks every request's signature against it.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/**
 * The media library on an S3-compatible server (s3rver, which speaks S3's HTTP API and keeps objects on
 * disk), configured the way an operator does it: through the S3_* variables, read when the config loads.
 */
describe('media on an S3-compatible bucket', () => {
  let server: S3rver
  let directory: string
  let endpoint: string
  let config: SanitizedConfig
  let payload: Payload
  let bucket: S3Client

  const objectExists = (key: string) =>
    bucket.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })).then(
      () => true,
      () => false,
    )

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'portal-s3-'))
    server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: BUCKET, configs: [] }] })
    const { port } = await server.run()
    endpoint = `http://127.0.0.1:${port}`
    Object.assign(process.env, {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    })
    config = await (await import('@payload-config')).default
    payload = await getPayload({ config })
    bucket = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS })
  })

  afterAll(async () => {
    for (const name of Object.keys(process.env).filter((key) => key.startsWith('S3_'))) delete process.env[name]
    bucket?.destroy()
    await server?.close()
    rmSync(directory, { recursive: true, force: true })
  })

  it('keeps an upload and its sizes in the bucket, not on the instance’s disk, serves it through Payload’s file route, and removes it with the document', async () => {
    const image = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#1d6fa3' } }).png().toBuffer()
    const media = await payload.create({
      collection: COLLECTION_SLUGS.media,
      data: { alt: 'Qingdao cruise port at dusk' },
      file: { data: image, mimetype: 'image/png', name: `cruise-port-${uniqueSuffix()}.png`, size: image.length },
    })
    const filename = media.filename ?? ''
    expect(filename).toMatch(/\.webp$/)
    const card = media.sizes?.card?.filename ?? ''
    expect(await objectExists(`media/${filename}`)).toBe(true)
    expect(await objectExists(`media/${card}`)).toBe(true)
    expect(existsSync(path.join('media', filename))).toBe(false)

    const served = await handleEndpoints({ config, request: new Request(`http://localhost/api/${COLLECTION_SLUGS.media}/file/${filename}`) })
    expect(served.status).toBe(200)
    const stored = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: `media/${filename}` }))
    const storedBytes = Buffer.from(await stored.Body!.transformToByteArray())
    expect(Buffer.from(await served.arrayBuffer()).equals(storedBytes)).toBe(true)
    expect((await sharp(storedBytes).metadata()).format).toBe('webp')

    await payload.delete({ collection: COLLECTION_SLUGS.media, id: media.id })
    expect(await objectExists(`media/${filename}`)).toBe(false)
    expect(await objectExists(`media/${card}`)).toBe(false)
  })
})
