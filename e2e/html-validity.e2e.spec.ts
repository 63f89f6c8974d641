import { expect, test } from '@playwright/test'

import { LOCALES, SECTIONS, seededDocuments } from './seedData'
import { htmlConformanceErrors } from './support/htmlValidity'

/** One page of each type, by its path after the locale, and the status it answers. */
const PAGE_TYPES: { name: string; path: string; status: number }[] = [
  { name: 'home', path: '', status: 200 },
  ...Object.keys(SECTIONS).map((section) => ({ name: `list /${section}`, path: `/${section}`, status: 200 })),
  // The first demo document of each section that has demo content.
  ...Object.entries(SECTIONS).flatMap(([section, collection]) =>
    seededDocuments(collection)
      .slice(0, 1)
      .map((doc) => ({ name: `detail /${section}/…`, path: `/${section}/${doc.slug}`, status: 200 })),
  ),
  { name: 'search', path: '/search?q=Shibei', status: 200 },
  { name: 'support finder, answered', path: '/support-finder?industry=port-industry-city&group=phd&group=graduate&country=US', status: 200 },
  { name: 'enquire about the support found', path: `/enquire?items=funds:${seededDocuments(SECTIONS.funds)[0].slug},rcep:${seededDocuments(SECTIONS.rcep)[0].slug}&country=JP`, status: 200 },
  { name: 'enquire', path: '/enquire', status: 200 },
  { name: 'enquire about a project', path: `/enquire?type=project&subject=${seededDocuments(SECTIONS.projects)[0].slug}`, status: 200 },
  { name: 'partner sign-in', path: '/partner/sign-in', status: 200 },
  { name: 'about', path: '/about', status: 200 },
  { name: 'contact', path: '/contact', status: 200 },
  { name: 'privacy', path: '/privacy', status: 200 },
  { name: 'living and working here', path: '/living', status: 200 },
  { name: 'not found', path: '/no-such-page', status: 404 },
]

// The HTML as served (what the Nu HTML Checker reads), not the DOM after hydration.
test.describe('every page type validates against the HTML standard with no error', () => {
  for (const { name, path, status } of PAGE_TYPES) {
    for (const locale of LOCALES) {
      test(`${name} in ${locale}`, async ({ request }) => {
        const response = await request.get(`/${locale}${path}`)
        expect(response.status()).toBe(status)
        expect(await htmlConformanceErrors(await response.text())).toEqual([])
      })
    }
  }
})
