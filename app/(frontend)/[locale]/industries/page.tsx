import { sectionListPage } from '@/components/pages/SectionListPage'

const { Page, generateMetadata } = sectionListPage('industries')

// Reached only for typed filters (`q`, amounts): the proxy serves the other lists from the page cache.
export const dynamic = 'force-dynamic'
export { generateMetadata }
export default Page
