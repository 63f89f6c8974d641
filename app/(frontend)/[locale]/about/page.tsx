import { bureauPage } from '@/components/bureau/BureauPages'

const { Page, generateMetadata } = bureauPage('about')

export { generateMetadata }
export default Page
