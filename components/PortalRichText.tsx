import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Rich text written in the admin, rendered as React elements (no raw HTML is ever injected). */
export function PortalRichText({ data, lang }: { data: unknown; lang?: string }) {
  if (!data || typeof data !== 'object') return null
  return (
    <div lang={lang} className="portal-prose">
      <RichText data={data as SerializedEditorState} />
    </div>
  )
}
