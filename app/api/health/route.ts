import { isDatabaseReachable } from '@/lib/health/isDatabaseReachable'

export const dynamic = 'force-dynamic'

const DATABASE_TIMEOUT_MS = 2000

export async function GET() {
  const isUp = await isDatabaseReachable(DATABASE_TIMEOUT_MS)
  return Response.json(
    { db: isUp ? 'ok' : 'unreachable' },
    { status: isUp ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  )
}
