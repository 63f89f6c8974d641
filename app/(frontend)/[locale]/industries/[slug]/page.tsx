import { documentPage } from '@/components/pages/DocumentPage'

const { Page, generateMetadata, generateStaticParams } = documentPage('industries')

export { generateMetadata, generateStaticParams }
export default Page
