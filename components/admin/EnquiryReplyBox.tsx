'use client'

import { toast, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { formatThreadTime } from './conversationTime'

export type ThreadEntry = { key: string; from: 'officer' | 'investor' | 'partner'; who: string | null; when: string; body: string }

export type ReplyBoxText = Record<
  'thread' | 'reply' | 'writeIn' | 'template' | 'noTemplate' | 'fits' | 'others' | 'body' | 'once' | 'send' | 'sending' | 'sent' | 'failed' | 'replace' | 'officer' | 'investor' | 'partner',
  string
>

type TemplateOption = { id: number; label: string; fits: boolean; body: string }

type Props = {
  enquiryId: number
  investorName: string
  investorLanguage: string
  officerName: string
  language: string
  entries: ThreadEntry[]
  templates: TemplateOption[]
  text: ReplyBoxText
}

type CreateResponse = { doc?: { id: number; createdAt: string; body: string }; errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

function errorMessage(result: CreateResponse): string {
  const [first] = result.errors ?? []
  return first?.data?.errors?.map((error) => error.message).join(' ') || first?.message || ''
}

/**
 * The enquiry's thread and the officer's reply box. A template fills the box with the text the server
 * already filled in for this enquiry; the officer edits it and sends it, and it joins the thread at once.
 */
export function EnquiryReplyBox({ enquiryId, investorName, investorLanguage, officerName, language, entries, templates, text }: Props) {
  const [sent, setSent] = useState<ThreadEntry[]>([])
  const [body, setBody] = useState('')
  const [templateId, setTemplateId] = useState('')
  const [filledFrom, setFilledFrom] = useState('')
  const [isSending, setIsSending] = useState(false)
  const isFormModified = useFormModified()
  const router = useRouter()
  const ids = useId()
  const shown = [...entries, ...sent.filter((entry) => !entries.some((known) => known.key === entry.key))]
  const fitting = templates.filter((template) => template.fits)
  const others = templates.filter((template) => !template.fits)

  const pick = (value: string) => {
    const template = templates.find((candidate) => String(candidate.id) === value)
    // Never lose what the officer wrote without asking.
    if (body.trim() && body !== filledFrom && !window.confirm(text.replace)) return
    setTemplateId(value)
    const filled = template?.body ?? ''
    setBody(filled)
    setFilledFrom(filled)
  }

  const send = async () => {
    setIsSending(true)
    try {
      const response = await fetch(`/api/${COLLECTION_SLUGS.enquiryReplies}?depth=0`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ enquiry: enquiryId, body }),
      })
      const result = (await response.json().catch(() => ({}))) as CreateResponse
      if (!response.ok || !result.doc) {
        toast.error(text.failed + errorMessage(result))
        return
      }
      const { doc } = result
      setSent((earlier) => [...earlier, { key: String(doc.id), from: 'officer', who: officerName, when: formatThreadTime(doc.createdAt, language), body: doc.body }])
      setBody('')
      setTemplateId('')
      setFilledFrom('')
      toast.success(text.sent)
      // The reply moved the enquiry on (its status, first response and history): the form shows what the
      // server now holds, so that a later save does not put the old status back. Unsaved edits are kept.
      if (!isFormModified) router.refresh()
    } finally {
      setIsSending(false)
    }
  }

  return (
    <>
      <section aria-labelledby={`${ids}-thread`} style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
        <h2 id={`${ids}-thread`} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
          {text.thread}
        </h2>
        <ol data-testid="conversation-thread" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'calc(var(--base) / 2)' }}>
          {shown.map((entry) => (
            <li
              key={entry.key}
              data-testid="thread-entry"
              data-from={entry.from}
              style={{
                border: '1px solid var(--theme-elevation-150)',
                borderRadius: 'var(--style-radius-m)',
                padding: 'calc(var(--base) / 2) var(--base)',
                background: entry.from === 'officer' ? 'var(--theme-bg)' : 'var(--theme-elevation-50)',
                marginInlineStart: entry.from === 'officer' ? 'calc(var(--base) * 2)' : 0,
              }}
            >
              <p style={{ margin: '0 0 0.25rem', color: 'var(--theme-elevation-650)', fontSize: '0.9em' }}>
                <strong>{text[entry.from]}</strong>
                {entry.who ? ` · ${entry.who}` : ''} · <span>{entry.when}</span>
              </p>
              <p style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{entry.body}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby={`${ids}-reply`}>
        <h2 id={`${ids}-reply`} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
          {text.reply}
        </h2>
        <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>
          {text.writeIn}
          <strong>{investorLanguage || '—'}</strong>
          {' · '}
          {investorName}
        </p>
        <div className="field-type select" style={{ marginBottom: 'var(--base)' }}>
          <label className="field-label" htmlFor={`${ids}-template`}>
            {text.template}
          </label>
          <select
            id={`${ids}-template`}
            data-testid="reply-template"
            value={templateId}
            onChange={(event) => pick(event.target.value)}
            style={{ width: '100%', padding: '0.5rem', borderRadius: 'var(--style-radius-s)', border: '1px solid var(--theme-elevation-150)', background: 'var(--theme-input-bg)', color: 'var(--theme-text)' }}
          >
            <option value="">{text.noTemplate}</option>
            {fitting.length > 0 ? (
              <optgroup label={text.fits}>
                {fitting.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {others.length > 0 ? (
              <optgroup label={text.others}>
                {others.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <div className="field-type textarea">
          <label className="field-label" htmlFor={`${ids}-body`}>
            {text.body}
          </label>
          <textarea
            id={`${ids}-body`}
            data-testid="reply-body"
            rows={12}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            aria-describedby={`${ids}-once`}
            style={{ width: '100%', padding: '0.5rem', borderRadius: 'var(--style-radius-s)', border: '1px solid var(--theme-elevation-150)', background: 'var(--theme-input-bg)', color: 'var(--theme-text)', font: 'inherit' }}
          />
          <p id={`${ids}-once`} style={{ color: 'var(--theme-elevation-600)', margin: '0.25rem 0 0' }}>
            {text.once}
          </p>
        </div>
        <button type="button" className="btn btn--style-primary btn--size-medium" disabled={isSending || !body.trim()} onClick={send} data-testid="reply-send">
          {isSending ? text.sending : text.send}
        </button>
      </section>
    </>
  )
}
