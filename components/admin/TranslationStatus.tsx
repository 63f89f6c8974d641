import type { ServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'
import { CONTENT_COLLECTION_SLUGS, GLOBAL_SLUGS } from '@/collections/slugs'
import { TRANSLATION_STATE_LABELS } from '@/fields/translationState'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'
import { LOCALES } from '@/lib/i18n/locales'
import { TARGET_LOCALES, TRANSLATION_STATES, type TranslationState } from '@/lib/translation/state'

const HEADING = { zh: '待翻译', en: 'Needs translation', ja: '翻訳待ち', ko: '번역 필요' } satisfies AdminLabel
const INTRO = {
  zh: '各语言译文与中文原文的对照情况：“原文已改”指中文修改后尚未随之更新的译文，“未译完”指仍有字段没有译文。点击数字打开清单。站点设置、首页和“宜居宜业”各按一份文档计算。',
  en: 'How each language keeps up with the Chinese source. “Source changed”: documents whose Chinese changed after the translation was written. “Not fully translated”: documents with fields not yet translated. Click a number for the list. The site settings, the home page and “Living and working here” count as one document each.',
  ja: '各言語の翻訳が中国語の原文に追いついているかを示します。「原文が更新済み」は翻訳後に原文が変わった文書、「未翻訳あり」は翻訳していない項目が残っている文書の件数です。数字をクリックすると一覧を開きます。サイト設定、トップページ、「暮らしと仕事」はそれぞれ1件として数えます。',
  ko: '언어별 번역이 중국어 원문을 따라가고 있는지 보여 줍니다. ‘원문 변경됨’은 번역한 뒤 원문이 바뀐 문서, ‘미번역 있음’은 아직 번역하지 않은 항목이 남은 문서의 수입니다. 숫자를 누르면 목록이 열립니다. 사이트 설정, 홈페이지, ‘생활과 일’은 각각 문서 하나로 셉니다.',
} satisfies AdminLabel

const cell = { textAlign: 'center', padding: '0.25rem 0.75rem' } as const

type Row = { key: string; label: unknown; count: (code: string, state: TranslationState) => number; href: (code: string, state: TranslationState) => string }

const stateOf = (doc: { translationState?: unknown }, code: string) => (doc.translationState as Record<string, unknown> | null | undefined)?.[code]

/**
 * On the admin dashboard: per collection and target language, how many documents are current, outdated or
 * missing; then each global the portal shows (site settings, home, living), counted as one document.
 */
export async function TranslationStatus({ payload, i18n, user }: ServerProps) {
  if (!isStaffUser(user)) return null
  const language = i18n.language
  const select = { translationState: Object.fromEntries(TARGET_LOCALES.map((code) => [code, true as const])) }
  const collections = await Promise.all(
    CONTENT_COLLECTION_SLUGS.map(async (collection): Promise<Row> => {
      const { docs } = await payload.find({
        collection,
        user,
        overrideAccess: false,
        depth: 0,
        pagination: false,
        select,
      })
      return {
        key: collection,
        label: payload.collections[collection].config.labels.plural,
        count: (code, state) => docs.filter((doc) => stateOf(doc, code) === state).length,
        href: (code, state) => `/admin/collections/${collection}?where[translationState.${code}][equals]=${state}`,
      }
    }),
  )
  const globals = await Promise.all(
    Object.values(GLOBAL_SLUGS).map(async (slug): Promise<Row> => {
      const doc = await payload.findGlobal({ slug, user, overrideAccess: false, depth: 0, select })
      return {
        key: slug,
        label: payload.globals.config.find((global) => global.slug === slug)?.label,
        count: (code, state) => (stateOf(doc, code) === state ? 1 : 0),
        href: (code) => `/admin/globals/${slug}?locale=${code}`,
      }
    }),
  )
  const rows = [...collections, ...globals]
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{inLanguage(HEADING, language)}</h2>
      <p style={{ color: 'var(--theme-elevation-600)', maxWidth: '60rem' }}>{inLanguage(INTRO, language)}</p>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', minWidth: '40rem' }}>
          <thead>
            <tr>
              <td />
              {TARGET_LOCALES.map((code) => (
                <th key={code} scope="colgroup" colSpan={TRANSLATION_STATES.length} style={{ ...cell, borderBottom: '1px solid var(--theme-elevation-150)' }}>
                  {LOCALES.find((locale) => locale.code === code)?.label}
                </th>
              ))}
            </tr>
            <tr>
              <td />
              {TARGET_LOCALES.flatMap((code) =>
                TRANSLATION_STATES.map((state) => (
                  <th key={`${code}-${state}`} scope="col" style={{ ...cell, fontWeight: 'normal', fontSize: '0.85em' }}>
                    {inLanguage(TRANSLATION_STATE_LABELS[state], language)}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" style={{ textAlign: 'start', padding: '0.25rem 1rem 0.25rem 0' }}>
                  {typeof row.label === 'string' ? row.label : ((row.label as Record<string, string> | undefined)?.[language] ?? row.key)}
                </th>
                {TARGET_LOCALES.flatMap((code) =>
                  TRANSLATION_STATES.map((state) => {
                    const count = row.count(code, state)
                    return (
                      <td key={`${code}-${state}`} style={cell}>
                        {count === 0 ? (
                          <span style={{ color: 'var(--theme-elevation-400)' }}>0</span>
                        ) : (
                          <a href={row.href(code, state)}>{count}</a>
                        )}
                      </td>
                    )
                  }),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
