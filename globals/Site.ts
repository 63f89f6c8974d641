import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { GLOBAL_SLUGS } from '../collections/slugs'
import { revalidateSite } from './hooks/revalidateSite'

export const Site: GlobalConfig = {
  slug: GLOBAL_SLUGS.site,
  label: { zh: '站点设置', en: 'Site', ja: 'サイト設定', ko: '사이트 설정' },
  access: {
    read: anyone,
    update: isEditorOrAdmin,
  },
  hooks: {
    afterChange: [revalidateSite],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: { zh: '门户名称', en: 'Portal name', ja: 'ポータル名', ko: '포털 이름' },
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      label: { zh: '一句话介绍', en: 'Tagline', ja: 'キャッチコピー', ko: '한 줄 소개' },
    },
  ],
}
