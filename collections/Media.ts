import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import type { AdminLabel } from '../lib/i18n/label'
import { answerMissingFileNotFound } from '../lib/storage/missingMediaFile'
import { CONTENT_GROUP } from './contentCollection'
import { revalidateMediaAfterChange, revalidateMediaAfterDelete } from './hooks/revalidateMedia'
import { COLLECTION_SLUGS } from './slugs'

const MEDIA_STATIC_DIR = 'media'

/** Images in the sizes the portal shows, and PDFs (brochures, policy documents). */
export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf']

export const Media: CollectionConfig = {
  slug: COLLECTION_SLUGS.media,
  labels: {
    singular: { zh: '媒体文件', en: 'Media file', ja: 'メディア', ko: '미디어' } satisfies AdminLabel,
    plural: { zh: '媒体库', en: 'Media library', ja: 'メディアライブラリ', ko: '미디어 라이브러리' } satisfies AdminLabel,
  },
  admin: { group: CONTENT_GROUP, useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: { afterChange: [revalidateMediaAfterChange], afterDelete: [revalidateMediaAfterDelete] },
  upload: {
    staticDir: MEDIA_STATIC_DIR,
    handlers: [answerMissingFileNotFound(MEDIA_STATIC_DIR)],
    mimeTypes: MEDIA_MIME_TYPES,
    focalPoint: true,
    formatOptions: { format: 'webp', options: { quality: 82, effort: 3 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'hero', width: 1920, height: 900, position: 'centre', withoutEnlargement: true },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: { zh: '替代文字', en: 'Alternative text', ja: '代替テキスト', ko: '대체 텍스트' } satisfies AdminLabel,
      admin: {
        description: {
          zh: '向看不到图片的读者描述图片内容。',
          en: 'Describes the image for readers who cannot see it.',
          ja: '画像を見られない読者のために内容を説明します。',
          ko: '이미지를 볼 수 없는 독자를 위해 내용을 설명합니다.',
        } satisfies AdminLabel,
      },
    },
  ],
}
