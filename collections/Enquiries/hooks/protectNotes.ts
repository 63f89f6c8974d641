import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { type AdminLabel, inLanguage } from '../../../lib/i18n/label'
import { relationId } from '../../../lib/relationId'
import type { Enquiry } from '../../../payload-types'

type Note = NonNullable<Enquiry['notes']>[number]

const CANNOT_CHANGE_OTHERS = {
  zh: '不能修改或删除他人的备注。',
  en: 'Notes written by someone else cannot be changed or removed.',
  ja: '他の人が書いたメモは変更・削除できません。',
  ko: '다른 사람이 작성한 메모는 수정하거나 삭제할 수 없습니다.',
} satisfies AdminLabel

/**
 * Internal notes are a record: new ones get their author and time from the server, a person may edit or
 * remove only their own, and the author and time of a stored note never change.
 */
export const protectNotes: CollectionBeforeChangeHook<Enquiry> = ({ data, originalDoc, operation, req, collection }) => {
  if (data.notes === undefined) return data
  const userId = isStaffUser(req.user) ? req.user.id : null
  const stored = operation === 'update' ? (originalDoc?.notes ?? []) : []
  const submitted = data.notes ?? []
  const submittedById = new Map(submitted.filter((note) => note.id).map((note) => [note.id, note]))
  const storedIds = new Set(stored.map((note) => note.id))

  const kept: Note[] = []
  for (const note of stored) {
    const isOwn = userId !== null && relationId(note.author) === userId
    const update = submittedById.get(note.id)
    if (!isOwn && (!update || update.body !== note.body)) {
      const message = inLanguage(CANNOT_CHANGE_OTHERS, req.i18n?.language)
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'notes', message }], req })
    }
    if (update) kept.push({ ...note, author: relationId(note.author), body: update.body })
  }
  const now = new Date().toISOString()
  const added = submitted
    .filter((note) => !note.id || !storedIds.has(note.id))
    .map((note) => ({ id: note.id, body: note.body, author: userId, createdAt: now }))
  return { ...data, notes: [...kept, ...added] }
}
