import { sectionListPage } from '@/components/pages/SectionListPage'

const { Page, generateMetadata } = sectionListPage('news')

export { generateMetadata }
export default Page
