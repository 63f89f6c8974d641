import { serializeJsonLd } from '@/lib/seo/jsonLd'

/** Structured data for search engines, escaped so that no text in it can end the script element. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
