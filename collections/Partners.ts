import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../access/isAdmin'
import { canReadPartner, canUpdatePartner } from '../access/partners'
import { hasRole } from '../access/roles'
import { label } from '../lib/i18n/label'
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
    singular: label('合作伙伴', 'Partner', 'パートナー', '파트너'),
    plural: label('合作伙伴', 'Partners', 'パートナー', '파트너'),
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
    { name: 'organisation', type: 'text', required: true, label: label('机构名称', 'Organisation', '組織名', '기관명') },
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'text', maxLength: 2, label: label('国家/地区', 'Country', '国・地域', '국가·지역') },
        { name: 'contactPerson', type: 'text', label: label('联系人', 'Contact person', '担当者', '담당자') },
      ],
    },
    {
      name: 'verified',
      type: 'checkbox',
      defaultValue: false,
      label: label('已核实', 'Verified', '確認済み', '확인됨'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
  ],
}
