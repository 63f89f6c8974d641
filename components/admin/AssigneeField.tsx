'use client'

import { RelationshipField, useAuth, useField, useTranslation } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'

import { hasRole } from '@/access/roles'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'

const ASSIGN_TO_ME = { zh: '分派给我', en: 'Assign to me', ja: '自分を担当者にする', ko: '나에게 배정' } satisfies AdminLabel

/** The enquiry's assignee picker, with one click for an officer to take the enquiry on (saved with the form). */
export const AssigneeField: RelationshipFieldClientComponent = (props) => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { value, setValue } = useField<number | null>({ path: props.path ?? props.field.name })
  const canTakeIt = user && (hasRole(user, 'officer') || hasRole(user, 'admin')) && value !== user.id && !props.readOnly
  return (
    <div>
      <RelationshipField {...props} />
      {canTakeIt ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ marginTop: 0 }} onClick={() => setValue(user.id)}>
          {inLanguage(ASSIGN_TO_ME, i18n.language)}
        </button>
      ) : null}
    </div>
  )
}
