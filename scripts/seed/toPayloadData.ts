import type { ContentCollectionSlug } from '../../collections/slugs'
import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { Locale } from '../../lib/i18n/locales'
import type { DocumentData, KeyFigureData, Localized } from './dataFiles'
import { paragraphsToRichText } from './richText'

/** Finds the id of a document seeded (or already present) by its collection and slug. */
export type ResolveId = (collection: ContentCollectionSlug, slug: string) => number

type Args = { doc: DocumentData; locale: Locale; heroImage: number; resolveId: ResolveId }

const text = (value: unknown, locale: Locale): string | null => (value ? ((value as Localized)[locale] ?? null) : null)

export const keyFigures = (figures: unknown, locale: Locale) =>
  ((figures as KeyFigureData[] | undefined) ?? []).map((figure) => ({
    ...inFullUnits(figure, locale),
    label: figure.label[locale],
    year: figure.year,
    period: figure.period,
    precision: figure.precision,
    source: text(figure.source, locale),
  }))

const HUNDRED_MILLION = 100_000_000

/** Visits counted in person-times, as each language says it. */
const VISITS: Localized = { zh: '人次', en: 'visits', ja: '人（延べ）', ko: '명(연인원)' }

/**
 * The report counts in 亿 (10^8). The portal stores full values and lets each locale choose its units:
 * 1100亿元 is RMB 110 billion in English, 1亿人次 is 100 million visits.
 */
function inFullUnits(figure: KeyFigureData, locale: Locale) {
  const unit = figure.unit?.zh
  if (unit === '亿元') return { value: figure.value * HUNDRED_MILLION, currency: 'CNY' as const, unit: null }
  if (unit === '亿人次') return { value: figure.value * HUNDRED_MILLION, unit: VISITS[locale] }
  return { value: figure.value, unit: text(figure.unit, locale) }
}

/** The fields every content document has, in one locale. */
function common({ doc, locale, heroImage }: Args) {
  return {
    slug: doc.slug,
    title: doc.title[locale],
    summary: doc.summary[locale],
    body: paragraphsToRichText(doc.body[locale]),
    heroImage,
    featured: doc.featured,
    meta: { title: doc.seo.title[locale], description: doc.seo.description[locale], image: heroImage },
  }
}

/** The arrays whose rows carry localized texts: later locales must write into the rows the first one made. */
export const ROW_ARRAYS = ['keyFigures', 'chainSegments', 'keyEnterprises', 'advantages'] as const

/** A document of the data files as Payload data of its collection, in one locale. */
export function toPayloadData(collection: ContentCollectionSlug, args: Args): Record<string, unknown> {
  const { doc, locale, resolveId } = args
  const ref = (target: ContentCollectionSlug, slug: unknown) => (typeof slug === 'string' ? resolveId(target, slug) : null)
  switch (collection) {
    case COLLECTION_SLUGS.industries:
      return {
        ...common(args),
        order: doc.order,
        keyFigures: keyFigures(doc.keyFigures, locale),
        chainSegments: (doc.chainSegments as Localized[]).map((segment) => ({ name: segment[locale] })),
        keyEnterprises: (doc.keyEnterprises as { name: Localized; note: Localized | null }[]).map((enterprise) => ({
          name: enterprise.name[locale],
          note: text(enterprise.note, locale),
        })),
      }
    case COLLECTION_SLUGS.areas:
      return {
        ...common(args),
        keyFigures: keyFigures(doc.keyFigures, locale),
        advantages: (doc.advantages as Localized[]).map((advantage) => ({ text: advantage[locale] })),
        areaSizeHectares: doc.areaSizeHectares,
      }
    case COLLECTION_SLUGS.projects:
      return {
        ...common(args),
        industry: ref(COLLECTION_SLUGS.industries, doc.industry),
        area: ref(COLLECTION_SLUGS.areas, doc.area),
        investment: doc.investmentAmount,
        investmentCurrency: doc.currency ?? undefined,
        investmentPrecision: doc.precision,
        stage: doc.stage,
        cooperationModes: doc.cooperationModes,
        landArea: doc.landAreaMu,
        landAreaUnit: doc.landAreaMu === null ? undefined : 'mu',
        floorArea: doc.floorAreaM2,
        floorAreaUnit: 'm2',
      }
    case COLLECTION_SLUGS.funds:
      return {
        ...common(args),
        fundSize: doc.fundSize,
        fundSizeCurrency: doc.currency ?? undefined,
        fundSizePrecision: doc.precision,
        type: doc.type,
        focusIndustries: (doc.focusIndustries as string[]).map((slug) => resolveId(COLLECTION_SLUGS.industries, slug)),
        manager: text(doc.manager, locale),
        yearEstablished: doc.yearEstablished,
        howToApply: text(doc.howToApply, locale),
      }
    case COLLECTION_SLUGS.rcepServices:
      return {
        ...common(args),
        serviceType: doc.serviceType,
        memberCountries: doc.memberCountries,
        provider: text(doc.provider, locale),
        howToApply: text(doc.howToApply, locale),
      }
    case COLLECTION_SLUGS.talentPolicies:
      return {
        ...common(args),
        category: doc.category,
        targetGroups: doc.targetGroups,
        maxBenefit: doc.maxBenefit,
        maxBenefitCurrency: doc.currency ?? undefined,
        eligibility: text(doc.eligibility, locale),
        howToApply: text(doc.howToApply, locale),
        issuingAuthority: text(doc.issuingAuthority, locale),
        documentNumber: doc.documentNumber,
        keyFigures: keyFigures(doc.keyFigures, locale),
      }
    case COLLECTION_SLUGS.news:
      return {
        ...common(args),
        category: doc.category,
        // The report covers 2023 and names no day for these stories: the year is what the source supports.
        periodYear: doc.periodYear ?? undefined,
        related: (doc.related as { collection: ContentCollectionSlug; slug: string }[]).map((item) => ({
          relationTo: item.collection,
          value: resolveId(item.collection, item.slug),
        })),
      }
    default:
      // A section whose seed documents hold only the fields every content document has.
      return common(args)
  }
}
