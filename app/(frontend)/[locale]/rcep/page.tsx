import { sectionListPage } from '@/components/pages/SectionListPage'

const { Page, generateMetadata } = sectionListPage('rcep')

export { generateMetadata }
export default Page
