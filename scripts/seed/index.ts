import type { Payload } from 'payload'

import { revalidateTags } from '../../lib/cache/revalidate'
import { EVERY_CACHE_TAG } from '../../lib/cache/tags'
import { seedContent } from './content'
import { seedHome, seedLiving, seedSite } from './globals'
import { seedReplyTemplates } from './replyTemplates'

/**
 * Demo content from the district's 2023 report (`../shared/source-article.zh.txt`), in every locale.
 * Idempotent: what exists is left alone, what is missing is created and published.
 */
export async function seedDemoContent(payload: Payload): Promise<void> {
  await seedSite(payload)
  await seedContent(payload)
  await seedHome(payload)
  await seedLiving(payload)
  await seedReplyTemplates(payload)
  // Written without a refresh per document (see content.ts); the pages are refreshed once, here.
  await revalidateTags(EVERY_CACHE_TAG)
  payload.logger.info('Demo content is in place.')
}
