/** Said where results would be when PostgreSQL did not answer: the request answers 503 (lib/db/databaseUnavailable.ts). */
export function UnavailableNotice({ title, body }: { title: string; body: string }) {
  return (
    <div role="alert" className="rounded-xl border border-sea-200 bg-sea-50 p-6">
      <p className="font-semibold text-sea-900">{title}</p>
      <p className="mt-2 text-sm text-sea-900">{body}</p>
    </div>
  )
}
