import { bureauPage } from '@/components/bureau/BureauPages'

const { Page, generateMetadata } = bureauPage('accessibility')

export { generateMetadata }
export default Page
