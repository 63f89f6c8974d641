'use client'

import { RelationshipField, useAuth, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import { hasRole } from '@/access/roles'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Officer } from '@/lib/enquiries/report'
import { listSeparator } from '@/lib/enquiries/reportText'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'

const ASSIGN_TO_ME = { zh: '分派给我', en: 'Assign to me', ja: '自分を担当者にする', ko: '나에게 배정' } satisfies AdminLabel
const HEADING = { zh: '可选负责人（语言 · 未结咨询）', en: 'Who can take it (languages · open enquiries)', ja: '担当候補（対応言語・未完了の件数）', ko: '배정 가능한 담당자(응대 언어 · 미종결 건수)' } satisfies AdminLabel
const INVESTOR_LANGUAGE = { zh: '投资者使用的语言：', en: 'The investor writes in ', ja: '投資家の言語：', ko: '투자자의 언어: ' } satisfies AdminLabel
const ASSIGN = { zh: '分派', en: 'Assign', ja: '担当にする', ko: '배정' } satisfies AdminLabel
const ASSIGNED = { zh: '当前负责人', en: 'Assigned', ja: '現在の担当', ko: '현재 담당' } satisfies AdminLabel
const NO_LANGUAGES = { zh: '未填写语言', en: 'no languages given', ja: '対応言語未登録', ko: '응대 언어 미등록' } satisfies AdminLabel
const LOAD_FAILED = {
  zh: '暂时无法读取各负责人的语言和工作量。',
  en: 'The officers’ languages and workloads could not be loaded.',
  ja: '担当者の対応言語と件数を読み込めませんでした。',
  ko: '담당자의 응대 언어와 건수를 불러오지 못했습니다.',
} satisfies AdminLabel

function openCount(count: number, language: string): string {
  switch (language) {
    case 'zh':
      return `未结 ${count} 件`
    case 'ja':
      return `未完了 ${count}件`
    case 'ko':
      return `미종결 ${count}건`
    default:
      return `${count} open`
  }
}

/**
 * The enquiry's assignee picker, with one click for an officer to take the enquiry on, and beneath it
 * everyone who can take it with the languages they answer in and their open enquiries now (counted on
 * the server), those who speak the investor's language first and the least busy of them on top.
 * Choosing is saved with the form.
 */
export const AssigneeField: RelationshipFieldClientComponent = (props) => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { value, setValue } = useField<number | null>({ path: props.path ?? props.field.name })
  const investorLanguage = useFormFields(([fields]) => fields.locale?.value) as string | undefined
  const [officers, setOfficers] = useState<Officer[] | null>(null)
  const [failed, setFailed] = useState(false)
  const language = i18n.language
  const mayAssign = Boolean(user && (hasRole(user, 'officer') || hasRole(user, 'admin')) && !props.readOnly)

  useEffect(() => {
    if (!mayAssign) return
    let current = true
    fetch(`${config.serverURL}${config.routes.api}/${COLLECTION_SLUGS.enquiries}/assignees`, { credentials: 'include', cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { officers: Officer[] }) => current && setOfficers(body.officers))
      .catch(() => current && setFailed(true))
    return () => {
      current = false
    }
  }, [mayAssign, config.serverURL, config.routes.api])

  const names = new Intl.DisplayNames([language], { type: 'language' })
  const languageName = (code: string) => names.of(code) ?? code
  const speaks = (officer: Officer) => Boolean(investorLanguage && officer.languages.includes(investorLanguage))
  const ordered = [...(officers ?? [])].sort((a, b) => Number(speaks(b)) - Number(speaks(a)) || a.open - b.open)

  return (
    <div>
      <RelationshipField {...props} />
      {mayAssign && user && value !== user.id ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ marginTop: 0 }} onClick={() => setValue(user.id)}>
          {inLanguage(ASSIGN_TO_ME, language)}
        </button>
      ) : null}
      {failed ? <p style={{ color: 'var(--theme-error-500)' }}>{inLanguage(LOAD_FAILED, language)}</p> : null}
      {ordered.length > 0 ? (
        <div data-testid="assignee-choices" style={{ margin: 'calc(var(--base) / 2) 0 var(--base)' }}>
          <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{inLanguage(HEADING, language)}</p>
          {investorLanguage ? (
            <p style={{ margin: '0 0 4px' }}>
              {inLanguage(INVESTOR_LANGUAGE, language)}
              <strong>{languageName(investorLanguage)}</strong>
            </p>
          ) : null}
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {ordered.map((officer) => {
              const name = officer.name?.trim() || officer.email
              return (
                <li
                  key={officer.id}
                  data-testid="assignee-choice"
                  style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '4px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
                >
                  <span>
                    {name}
                    <br />
                    <small style={{ color: 'var(--theme-elevation-650)' }}>
                      {officer.languages.length === 0
                        ? inLanguage(NO_LANGUAGES, language)
                        : officer.languages.map((code, index) => (
                            <span key={code}>
                              {index > 0 ? listSeparator(language) : null}
                              {code === investorLanguage ? <strong>{languageName(code)}</strong> : languageName(code)}
                            </span>
                          ))}
                      {' · '}
                      {openCount(officer.open, language)}
                    </small>
                  </span>
                  {value === officer.id ? (
                    <small>{inLanguage(ASSIGNED, language)}</small>
                  ) : (
                    <button
                      type="button"
                      className="btn btn--style-secondary btn--size-small"
                      style={{ margin: 0 }}
                      aria-label={`${inLanguage(ASSIGN, language)}: ${name}`}
                      onClick={() => setValue(officer.id)}
                    >
                      {inLanguage(ASSIGN, language)}
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
