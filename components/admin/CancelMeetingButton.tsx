'use client'

import { ConfirmationModal, toast, useDocumentInfo, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'

const TEXT = {
  button: { zh: '取消会谈', en: 'Cancel meeting', ja: '面談をキャンセルする', ko: '면담 취소' },
  heading: { zh: '取消这次会谈？', en: 'Cancel this meeting?', ja: 'この面談をキャンセルしますか？', ko: '이 면담을 취소할까요?' },
  body: {
    zh: '投资者和您都会收到附有日历取消通知的邮件，该时段将重新开放预约。取消后无法恢复。',
    en: 'The investor and you get an e-mail with the calendar’s cancellation, and the slot can be booked again. A cancelled meeting cannot be restored.',
    ja: '投資家とあなたに、カレンダーのキャンセル通知を添付したメールが届きます。この枠は再び予約できるようになります。キャンセルした面談は元に戻せません。',
    ko: '투자자와 담당자에게 캘린더 취소 알림이 첨부된 메일이 발송되고, 이 시간은 다시 예약할 수 있게 됩니다. 취소한 면담은 되돌릴 수 없습니다.',
  },
  confirm: { zh: '确认取消', en: 'Cancel the meeting', ja: 'キャンセルする', ko: '취소하기' },
  confirming: { zh: '正在取消…', en: 'Cancelling…', ja: 'キャンセルしています…', ko: '취소하는 중…' },
  keep: { zh: '保留会谈', en: 'Keep it', ja: '面談を残す', ko: '유지하기' },
  done: { zh: '会谈已取消，正在通知投资者。', en: 'Cancelled: the investor is being told by e-mail.', ja: '面談をキャンセルしました。投資家にメールでお知らせします。', ko: '면담을 취소했습니다. 투자자에게 메일로 알립니다.' },
  failed: { zh: '未能取消会谈。', en: 'The meeting could not be cancelled.', ja: '面談をキャンセルできませんでした。', ko: '면담을 취소하지 못했습니다.' },
} satisfies Record<string, AdminLabel>

const MODAL_SLUG = 'cancel-meeting'

/**
 * In a booking's sidebar, for whoever may cancel it (an admin, or the officer whose slot it is): cancels it
 * after a confirmation, through the same update as the investor's own cancelling, whose hooks free the
 * slot and send both sides the calendar's cancellation (collections/MeetingBookings).
 */
export function CancelMeetingButton() {
  const { id, data, hasSavePermission } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { openModal } = useModal()
  const router = useRouter()
  const [isCancelled, setIsCancelled] = useState(false)
  const t = (key: keyof typeof TEXT) => inLanguage(TEXT[key], i18n.language)
  if (!id || data?.status !== 'booked' || !hasSavePermission || isCancelled) return null
  const cancel = async () => {
    const response = await fetch(`/api/${COLLECTION_SLUGS.meetingBookings}/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'cancelled' }),
    })
    if (response.ok) {
      toast.success(t('done'))
      setIsCancelled(true)
      router.refresh()
    } else {
      toast.error(t('failed'))
    }
  }
  return (
    <>
      <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={() => openModal(MODAL_SLUG)}>
        {t('button')}
      </button>
      <ConfirmationModal
        modalSlug={MODAL_SLUG}
        heading={t('heading')}
        body={t('body')}
        confirmLabel={t('confirm')}
        confirmingLabel={t('confirming')}
        cancelLabel={t('keep')}
        onConfirm={cancel}
      />
    </>
  )
}
