import { sectionListPage } from '@/components/pages/SectionListPage'

const { Page, generateMetadata } = sectionListPage('funds')

export { generateMetadata }
export default Page
