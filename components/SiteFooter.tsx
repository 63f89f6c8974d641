type Props = { siteName: string; district: string }

export function SiteFooter({ siteName, district }: Props) {
  return (
    <footer className="mt-16 border-t border-line bg-sand">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-ink-muted sm:px-6">
        <p>
          <span className="font-semibold text-ink">{siteName}</span> · {district}
        </p>
      </div>
    </footer>
  )
}
