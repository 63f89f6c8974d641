import type { Payload } from 'payload'

import { seedSite } from './site'

/** Demo content from the district's 2023 report (`../shared/source-article.zh.txt`), in every locale. */
export async function seedDemoContent(payload: Payload): Promise<void> {
  await seedSite(payload)
  payload.logger.info('Demo content is in place.')
}
