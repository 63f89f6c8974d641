import { findDataset, findOpenDataLicence } from '@/lib/data/openData'
import { datasetCsv, datasetJson } from '@/lib/openData/dataset'
import { parseOpenDataRequest } from '@/lib/openData/request'

type Context = { params: Promise<{ file: string }> }

/** `/api/open/{section}.{csv|json}?locale=…`: a section's published items, as the open-data page lists them. */
export async function GET(request: Request, { params }: Context) {
  const { file } = await params
  const asked = parseOpenDataRequest(file, new URL(request.url).searchParams.get('locale'))
  if ('status' in asked) {
    return new Response(`${asked.message}\n`, { status: asked.status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  }
  const dataset = await findDataset(asked.section, asked.locale)
  const headers = {
    // Browsers and proxies ask again each time: the server's own cache answers until a publish refreshes it.
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
    ...(dataset.asOf ? { 'last-modified': new Date(dataset.asOf).toUTCString() } : {}),
  }
  if (asked.format === 'csv') {
    return new Response(datasetCsv(dataset), {
      headers: { ...headers, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${asked.section}-${asked.locale}.csv"` },
    })
  }
  return Response.json(datasetJson(dataset, await findOpenDataLicence(asked.locale)), { headers })
}
