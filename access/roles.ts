import type { User } from '../payload-types'

export const STAFF_ROLES = ['admin', 'editor', 'officer'] as const

export type StaffRole = (typeof STAFF_ROLES)[number]

export function hasRole(user: unknown, role: StaffRole): boolean {
  return isStaffUser(user) && (user.roles ?? []).includes(role)
}

/** Staff sign in through the `users` collection; partners have their own collection and never match. */
export function isStaffUser(user: unknown): user is User & { collection: 'users' } {
  return typeof user === 'object' && user !== null && (user as { collection?: string }).collection === 'users'
}

export const ROLE_LABELS: Record<StaffRole, Record<string, string>> = {
  admin: { zh: '管理员', en: 'Administrator', ja: '管理者', ko: '관리자' },
  editor: { zh: '内容编辑', en: 'Editor', ja: '編集者', ko: '편집자' },
  officer: { zh: '投资专员', en: 'Investment officer', ja: '投資担当官', ko: '투자 담당관' },
}
