import { sectionListPage } from '@/components/pages/SectionListPage'

const { Page, generateMetadata } = sectionListPage('talent')

// Filters arrive as query parameters: each request renders, from data cached until staff publish.
export const dynamic = 'force-dynamic'
export { generateMetadata }
export default Page
