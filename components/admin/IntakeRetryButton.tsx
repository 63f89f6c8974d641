'use client'

import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'

const RETRY = { zh: '立即重新入库', en: 'Store it now', ja: '今すぐ登録し直す', ko: '지금 다시 저장' } satisfies AdminLabel
const STORED = { zh: '已入库。', en: 'Stored: it is in the list of enquiries now.', ja: '登録しました。お問い合わせ一覧に表示されます。', ko: '저장했습니다. 이제 문의 목록에 있습니다.' } satisfies AdminLabel
const FAILED = { zh: '仍无法入库，原因见上。', en: 'It still could not be stored: see the reason above.', ja: 'まだ登録できません。理由は上記のとおりです。', ko: '아직 저장할 수 없습니다. 이유는 위와 같습니다.' } satisfies AdminLabel

/** On the dashboard, beside a submission that could not be stored: tries to store it at once. */
export function IntakeRetryButton({ id, language }: { id: number; language: string }) {
  const router = useRouter()
  const [isBusy, setIsBusy] = useState(false)
  const retry = async () => {
    setIsBusy(true)
    const response = await fetch(`/api/${COLLECTION_SLUGS.enquiries}/intake/${id}/retry`, { method: 'POST', credentials: 'include' })
    setIsBusy(false)
    if (response.ok) toast.success(inLanguage(STORED, language))
    else toast.error(inLanguage(FAILED, language))
    router.refresh()
  }
  return (
    <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '0 0 0 0.5rem' }} disabled={isBusy} onClick={retry}>
      {inLanguage(RETRY, language)}
    </button>
  )
}
