import { findOpenDataLicence } from '@/lib/data/openData'
import { findSite } from '@/lib/data/site'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { openApiDocument } from '@/lib/openData/openapi'
import { getPortalPayload } from '@/lib/payload'

/** The OpenAPI 3.1 description of the open datasets, made from the section registry on each request (it is small). */
export async function GET() {
  const [payload, site, licence] = await Promise.all([getPortalPayload(), findSite('en'), findOpenDataLicence('en')])
  const title = `${site.name ?? (await findSite(DEFAULT_LOCALE)).name ?? 'Portal'}: open data`
  return Response.json(openApiDocument(payload, { title, licence }), { headers: { 'cache-control': 'no-cache', 'access-control-allow-origin': '*' } })
}
