import { documentPage } from '@/components/pages/DocumentPage'

const { Page, generateMetadata, generateStaticParams } = documentPage('funds')

export { generateMetadata, generateStaticParams }
export default Page
