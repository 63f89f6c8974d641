import { documentPage } from '@/components/pages/DocumentPage'

const { Page, generateMetadata, generateStaticParams } = documentPage('talent')

export { generateMetadata, generateStaticParams }
export default Page
