import { bureauPage } from '@/components/bureau/BureauPages'

const { Page, generateMetadata } = bureauPage('contact')

export { generateMetadata }
export default Page
