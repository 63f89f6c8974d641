import sharp from 'sharp'

import { illustrationSvg } from '../../lib/media/illustration'

/** A document's own picture (lib/media/illustration.ts: its motif from what it is about), as a PNG. */
export async function renderIllustration(collection: string, slug: string): Promise<Buffer> {
  return sharp(Buffer.from(illustrationSvg(collection, slug))).png({ compressionLevel: 9, palette: true }).toBuffer()
}
