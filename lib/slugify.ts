import { pinyin } from 'pinyin-pro'

const HAN = /\p{Script=Han}/u
const MAX_SLUG_LENGTH = 80

/**
 * A URL slug of a title: lowercase ASCII words joined by hyphens. Chinese characters become their pinyin
 * without tone marks (青岛滨海国际中心 → qing-dao-bin-hai-guo-ji-zhong-xin).
 */
export function slugify(title: string): string {
  const latin = HAN.test(title) ? pinyin(title, { toneType: 'none', nonZh: 'consecutive', separator: ' ' }) : title
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '')
}

export function isValidSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}
