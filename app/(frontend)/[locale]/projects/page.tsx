import { sectionListPage } from '@/components/pages/SectionListPage'

const { Page, generateMetadata } = sectionListPage('projects')

export { generateMetadata }
export default Page
