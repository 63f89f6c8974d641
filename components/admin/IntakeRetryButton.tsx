'use client'

import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { inLanguage, label } from '@/lib/i18n/label'

const RETRY = label('立即重新入库', 'Store it now', '今すぐ登録し直す', '지금 다시 저장')
const STORED = label('已入库。', 'Stored: it is in the list of enquiries now.', '登録しました。お問い合わせ一覧に表示されます。', '저장했습니다. 이제 문의 목록에 있습니다.')
const FAILED = label('仍无法入库，原因见上。', 'It still could not be stored: see the reason above.', 'まだ登録できません。理由は上記のとおりです。', '아직 저장할 수 없습니다. 이유는 위와 같습니다.')

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
