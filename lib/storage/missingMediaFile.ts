import { statSync } from 'node:fs'
import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isMediaOnBucket } from './mediaStorage'

type StaticHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

/**
 * Payload's `upload.handlers` entry for files on the local disk: a file name that no file on the disk
 * has answers 404. Payload's own fallback answers it 500 ("missing on the disk"), which a mistyped or
 * guessed `/api/media/file/…` address is not. On a bucket the storage plugin's handler answers instead.
 */
export function answerMissingFileNotFound(staticDir: string): StaticHandler {
  return (req, { params }) => {
    if (isMediaOnBucket()) return
    const directory = path.resolve(staticDir)
    const filePath = path.resolve(directory, params.filename)
    if (!filePath.startsWith(directory + path.sep) || !isFileOnDisk(filePath)) return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
  }
}

function isFileOnDisk(filePath: string): boolean {
  try {
    return Boolean(statSync(filePath, { throwIfNoEntry: false })?.isFile())
  } catch {
    // A name Node cannot even look up (a NUL byte in it) is no file either.
    return false
  }
}
