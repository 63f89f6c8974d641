import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { ROLE_LABELS, STAFF_ROLES } from '../../access/roles'
import { hideLockedAccounts } from '../hooks/hideLockedAccounts'
import { COLLECTION_SLUGS } from '../slugs'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig = {
  slug: COLLECTION_SLUGS.users,
  labels: {
    singular: { zh: '员工账号', en: 'Staff account', ja: 'スタッフアカウント', ko: '직원 계정' },
    plural: { zh: '员工账号', en: 'Staff accounts', ja: 'スタッフアカウント', ko: '직원 계정' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: { zh: '系统', en: 'System', ja: 'システム', ko: '시스템' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user && user.collection === COLLECTION_SLUGS.users),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Unlocking an account that was locked after failed sign-ins is for admins alone (Payload's default
    // lets any signed-in account do it).
    unlock: isAdmin,
  },
  hooks: {
    afterError: [hideLockedAccounts],
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name', ja: '氏名', ko: '이름' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: { zh: '角色', en: 'Roles', ja: '役割', ko: '역할' },
      options: STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
