import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../access/isAdmin'
import { canReadPartner, canUpdatePartner } from '../access/partners'
import { hasRole } from '../access/roles'
import type { AdminLabel } from '../lib/i18n/label'
import { ENQUIRY_GROUP } from './Enquiries'
import { hideLockedAccounts } from './hooks/hideLockedAccounts'
import { COLLECTION_SLUGS } from './slugs'

/**
 * Chambers of commerce, intermediaries, consulates and firms that submit enquiries for their clients.
 * They sign in on the portal (`/{locale}/partner`), never in the admin.
 */
export const Partners: CollectionConfig = {
  slug: COLLECTION_SLUGS.partners,
  labels: {
    singular: { zh: '合作伙伴', en: 'Partner', ja: 'パートナー', ko: '파트너' } satisfies AdminLabel,
    plural: { zh: '合作伙伴', en: 'Partners', ja: 'パートナー', ko: '파트너' } satisfies AdminLabel,
  },
  admin: {
    group: ENQUIRY_GROUP,
    useAsTitle: 'organisation',
    defaultColumns: ['organisation', 'email', 'country', 'verified'],
    hidden: ({ user }) => !(hasRole(user, 'admin') || hasRole(user, 'officer')),
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // A reset link works for an hour, once (Payload clears the token when it is used).
    forgotPassword: { expiration: 60 * 60 * 1000 },
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
  },
  access: {
    admin: () => false,
    create: isAdmin,
    read: canReadPartner,
    update: canUpdatePartner,
    delete: isAdmin,
    // Unlocking an account that was locked after failed sign-ins is for admins alone (Payload's default
    // lets any signed-in account do it).
    unlock: isAdmin,
  },
  hooks: {
    afterError: [hideLockedAccounts],
  },
  fields: [
    { name: 'organisation', type: 'text', required: true, label: { zh: '机构名称', en: 'Organisation', ja: '組織名', ko: '기관명' } satisfies AdminLabel },
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'text', maxLength: 2, label: { zh: '国家/地区', en: 'Country', ja: '国・地域', ko: '국가·지역' } satisfies AdminLabel },
        { name: 'contactPerson', type: 'text', label: { zh: '联系人', en: 'Contact person', ja: '担当者', ko: '담당자' } satisfies AdminLabel },
      ],
    },
    {
      name: 'verified',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '已核实', en: 'Verified', ja: '確認済み', ko: '확인됨' } satisfies AdminLabel,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
  ],
}
