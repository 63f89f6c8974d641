import { sectionListPage } from '@/components/pages/SectionListPage'

const { Page, generateMetadata } = sectionListPage('areas')

export { generateMetadata }
export default Page
