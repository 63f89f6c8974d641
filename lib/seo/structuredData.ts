import type { SiteSummary } from '../data/site'
import { LOCALE_CODES, type Locale } from '../i18n/locales'
import type { ShareImage } from './pageMetadata'
import { absoluteUrl, siteOrigin } from './siteUrl'

/** The portal's own icon: the `site` global has no logo of its own. */
const LOGO_PATH = '/icon.svg'

/** One node for the bureau, the same `@id` wherever it is named, so search engines join the mentions. */
function bureauId(): string {
  return `${siteOrigin()}/#organization`
}

/** The bureau behind the portal, as schema.org describes a government body, from the `site` global. */
export function organizationJsonLd({ site, siteName, locale }: { site: SiteSummary; siteName: string; locale: Locale }) {
  const hasContact = Boolean(site.contact.email || site.contact.phone)
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': bureauId(),
    name: siteName,
    url: absoluteUrl(`/${locale}`),
    logo: absoluteUrl(LOGO_PATH),
    ...(site.tagline ? { description: site.tagline } : {}),
    ...(site.district ? { areaServed: site.district } : {}),
    ...(site.address ? { address: { '@type': 'PostalAddress', streetAddress: site.address, addressCountry: 'CN' } } : {}),
    ...(hasContact
      ? {
          contactPoint: {
            '@type': 'ContactPoint',
            contactType: 'investment enquiries',
            ...(site.contact.email ? { email: site.contact.email } : {}),
            ...(site.contact.phone ? { telephone: site.contact.phone } : {}),
            availableLanguage: LOCALE_CODES,
          },
        }
      : {}),
  }
}

type NewsArticleArgs = {
  url: string
  headline: string
  description?: string | null
  /** The language the article's text is in: Chinese when the reader's locale fell back to it. */
  inLanguage: Locale
  image?: ShareImage | null
  datePublished?: string | null
  dateModified?: string | null
  siteName: string
  locale: Locale
}

/** Search engines cut headlines longer than this. */
const MAX_HEADLINE = 110

/** A news item as schema.org's NewsArticle, published by the bureau. */
export function newsArticleJsonLd(args: NewsArticleArgs) {
  const publisher = {
    '@type': 'GovernmentOrganization',
    '@id': bureauId(),
    name: args.siteName,
    url: absoluteUrl(`/${args.locale}`),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH) },
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': args.url },
    url: args.url,
    headline: args.headline.length > MAX_HEADLINE ? `${args.headline.slice(0, MAX_HEADLINE - 1)}…` : args.headline,
    ...(args.description ? { description: args.description } : {}),
    inLanguage: args.inLanguage,
    ...(args.image ? { image: [absoluteUrl(args.image.url)] } : {}),
    ...(args.datePublished ? { datePublished: args.datePublished } : {}),
    ...(args.dateModified ? { dateModified: args.dateModified } : {}),
    author: publisher,
    publisher,
  }
}
