import { documentPage } from '@/components/pages/DocumentPage'

const { Page, generateMetadata, generateStaticParams } = documentPage('rcep')

export { generateMetadata, generateStaticParams }
export default Page
