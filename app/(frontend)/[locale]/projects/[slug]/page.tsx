import { documentPage } from '@/components/pages/DocumentPage'

const { Page, generateMetadata, generateStaticParams } = documentPage('projects')

export { generateMetadata, generateStaticParams }
export default Page
