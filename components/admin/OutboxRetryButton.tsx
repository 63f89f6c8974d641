'use client'

import { toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'

const RETRY = { zh: '立即重试', en: 'Retry now', ja: '今すぐ再送', ko: '지금 다시 보내기' } satisfies AdminLabel
const QUEUED = { zh: '已排队，稍后发送。', en: 'Queued: it goes out within a minute.', ja: '送信待ちに戻しました。まもなく送信されます。', ko: '발송 대기열에 넣었습니다. 곧 발송됩니다.' } satisfies AdminLabel
const FAILED = { zh: '无法重试。', en: 'Could not queue it again.', ja: '再送できませんでした。', ko: '다시 보낼 수 없습니다.' } satisfies AdminLabel

/** In an outbox message's sidebar: puts a waiting or given-up message first in line. */
export function OutboxRetryButton() {
  const { id, data } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [isBusy, setIsBusy] = useState(false)
  if (!id || data?.status === 'sent') return null
  const retry = async () => {
    setIsBusy(true)
    const response = await fetch(`/api/${COLLECTION_SLUGS.outbox}/${id}/retry`, { method: 'POST', credentials: 'include' })
    setIsBusy(false)
    if (response.ok) {
      toast.success(inLanguage(QUEUED, i18n.language))
      router.refresh()
    } else {
      toast.error(inLanguage(FAILED, i18n.language))
    }
  }
  return (
    <button type="button" className="btn btn--style-primary btn--size-small" disabled={isBusy} onClick={retry}>
      {inLanguage(RETRY, i18n.language)}
    </button>
  )
}
