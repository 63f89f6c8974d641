import { documentPage } from '@/components/pages/DocumentPage'

const { Page, generateMetadata, generateStaticParams } = documentPage('news')

export { generateMetadata, generateStaticParams }
export default Page
