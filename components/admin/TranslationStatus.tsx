import type { ServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'
import { CONTENT_COLLECTION_SLUGS } from '@/collections/slugs'
import type { AdminLabel } from '@/lib/i18n/label'
import { LOCALES } from '@/lib/i18n/locales'

const HEADING = { zh: '待翻译', en: 'Needs translation', ja: '翻訳待ち', ko: '번역 필요' } satisfies AdminLabel
const INTRO = {
  zh: '标题、摘要或正文尚未写成该语言的文档数。点击数字打开清单。',
  en: 'Documents whose title, summary or body is not yet written in the language. Click a number for the list.',
  ja: 'タイトル・概要・本文のいずれかがその言語で未入力の件数です。数字をクリックすると一覧を開きます。',
  ko: '제목, 요약, 본문 중 하나라도 해당 언어로 입력되지 않은 문서 수입니다. 숫자를 누르면 목록이 열립니다.',
} satisfies AdminLabel

/** On the admin dashboard: per collection and language, how many documents still need translating. */
export async function TranslationStatus({ payload, i18n, user }: ServerProps) {
  if (!isStaffUser(user)) return null
  const language = (i18n.language in HEADING ? i18n.language : 'en') as keyof typeof HEADING
  const rows = await Promise.all(
    CONTENT_COLLECTION_SLUGS.map(async (collection) => ({
      collection,
      label: payload.collections[collection].config.labels.plural,
      counts: await Promise.all(
        LOCALES.map(async ({ code }) => ({
          code,
          count: (
            await payload.count({ collection, user, overrideAccess: false, where: { missingLocales: { in: [code] } } })
          ).totalDocs,
        })),
      ),
    })),
  )
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{HEADING[language]}</h2>
      <p style={{ color: 'var(--theme-elevation-600)' }}>{INTRO[language]}</p>
      <table style={{ borderCollapse: 'collapse', minWidth: '28rem' }}>
        <thead>
          <tr>
            <th />
            {LOCALES.map(({ code, label: name }) => (
              <th key={code} scope="col" style={{ padding: '0.25rem 1rem' }}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.collection}>
              <th scope="row" style={{ textAlign: 'start', padding: '0.25rem 1rem 0.25rem 0' }}>
                {typeof row.label === 'string' ? row.label : ((row.label as Record<string, string>)[language] ?? row.collection)}
              </th>
              {row.counts.map(({ code, count }) => (
                <td key={code} style={{ textAlign: 'center', padding: '0.25rem 1rem' }}>
                  {count === 0 ? (
                    '✓'
                  ) : (
                    <a href={`/admin/collections/${row.collection}?where[missingLocales][in][0]=${code}`}>{count}</a>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
