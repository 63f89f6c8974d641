import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { canReadStaffUsers, hideSignInFromInvestors, isStaffReader } from '../../access/users'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { ROLE_LABELS, STAFF_ROLES } from '../../access/roles'
import { hideLockedAccounts } from '../hooks/hideLockedAccounts'
import { DEFAULT_LOCALE, LOCALES } from '../../lib/i18n/locales'
import { COLLECTION_SLUGS } from '../slugs'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { setAdminLanguageOnLogin, setAdminLanguageOnOwnChange } from './hooks/adminLanguage'

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
    read: canReadStaffUsers,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Unlocking an account that was locked after failed sign-ins is for admins alone (Payload's default
    // lets any signed-in account do it).
    unlock: isAdmin,
  },
  hooks: {
    afterError: [hideLockedAccounts],
    afterRead: [hideSignInFromInvestors],
    beforeChange: [makeFirstUserAdmin],
    afterChange: [setAdminLanguageOnOwnChange],
    afterLogin: [setAdminLanguageOnLogin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name', ja: '氏名', ko: '이름' },
      admin: {
        description: {
          zh: '投资者在咨询专属页面上看到的负责人姓名，请按对外署名填写。',
          en: 'Investors see this name on their enquiry’s page once you are assigned: write it as you sign your replies.',
          ja: '担当になると、投資家のお問い合わせページにこの名前が表示されます。回答の署名と同じ表記で入力してください。',
          ko: '담당자로 배정되면 투자자의 문의 페이지에 이 이름이 표시됩니다. 답변에 서명하는 방식대로 적어 주세요.',
        },
      },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: LOCALES.map(({ code, label }) => ({ value: code, label })),
      label: { zh: '可使用的语言', en: 'Languages I answer in', ja: '対応できる言語', ko: '응대 가능한 언어' },
    },
    {
      name: 'adminLanguage',
      type: 'select',
      // Not required: an account saved without one (or before it existed) reads as Chinese (adminLanguageOf).
      defaultValue: DEFAULT_LOCALE,
      options: LOCALES.map(({ code, label }) => ({ value: code, label })),
      label: { zh: '后台界面语言', en: 'Admin language', ja: '管理画面の言語', ko: '관리자 화면 언어' },
      access: { read: isStaffReader },
      admin: {
        position: 'sidebar',
        description: {
          zh: '登录后，后台以此语言显示，在任何电脑上都一样。',
          en: 'The admin speaks this language once you sign in, on any computer.',
          ja: 'サインインすると、どのパソコンでも管理画面がこの言語で表示されます。',
          ko: '로그인하면 어느 컴퓨터에서든 관리자 화면이 이 언어로 표시됩니다.',
        },
      },
    },
    {
      name: 'signature',
      type: 'textarea',
      // One per language: a reply template fills in the signature written in its own language.
      localized: true,
      label: { zh: '答复署名', en: 'Signature for replies', ja: '回答の署名', ko: '답변 서명' },
      access: { read: isStaffReader },
      admin: {
        rows: 4,
        description: {
          zh: '答复模板中的 {{officerSignature}} 会替换为您在该语言下填写的署名；未填写时使用姓名。',
          en: 'Reply templates put this where they say {{officerSignature}}, in the template’s language; without one, your name.',
          ja: '回答テンプレートの {{officerSignature}} が、テンプレートと同じ言語のこの署名に置き換わります。未入力の場合は氏名が入ります。',
          ko: '답변 템플릿의 {{officerSignature}} 자리에 템플릿과 같은 언어로 쓴 이 서명이 들어갑니다. 비워 두면 이름이 들어갑니다.',
        },
      },
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: COLLECTION_SLUGS.media,
      label: { zh: '照片（选填）', en: 'Photo (optional)', ja: '写真（任意）', ko: '사진(선택)' },
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
      access: { create: isAdminField, update: isAdminField, read: isStaffReader },
    },
  ],
}
