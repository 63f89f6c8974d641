import { bureauPage } from '@/components/bureau/BureauPages'

const { Page, generateMetadata } = bureauPage('privacy')

export { generateMetadata }
export default Page
