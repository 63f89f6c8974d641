type Props = { siteName: string; district: string; note: string | null }

export function SiteFooter({ siteName, district, note }: Props) {
  return (
    <footer className="mt-16 border-t border-line bg-sand">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-ink-muted sm:px-6">
        <p>
          <span className="font-semibold text-ink">{siteName}</span> · {district}
        </p>
        {note ? <p className="max-w-3xl">{note}</p> : null}
      </div>
    </footer>
  )
}
