import { documentPage } from '@/components/pages/DocumentPage'

const { Page, generateMetadata, generateStaticParams } = documentPage('areas')

export { generateMetadata, generateStaticParams }
export default Page
