import type { Field, GlobalConfig } from 'payload'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import type { PortalGlobalSlug } from '../collections/slugs'
import { publishedOrStaff } from '../access/publishedOrStaff'
import type { AdminLabel } from '../lib/i18n/label'
import { withTranslationSources } from '../fields/translationSource'
import { globalConfirmTranslationEndpoint, globalTranslationSourceEndpoint, translationStateField } from '../fields/translationState'
import { computeGlobalTranslationState, translationCheckField } from '../fields/translationStatus'
import { revalidateGlobal } from './hooks/revalidateGlobal'

const SETTINGS_GROUP = { zh: '站点', en: 'Site', ja: 'サイト', ko: '사이트' } satisfies AdminLabel

const VERSIONS_KEPT = 30

/**
 * A global the portal shows: drafts with autosave and versions, readable by the public once published,
 * edited by editors, and refreshing the pages that show it when published. Like a content document, each
 * translation shows its zh source beside every localized text, with what changed since marked
 * (fields/translationSource.ts), and records whether it is current (`translationState`, staff only), which an editor can confirm ("still correct").
 */
export function publishedGlobal(args: { slug: PortalGlobalSlug; label: AdminLabel; fields: Field[] }): GlobalConfig {
  return {
    slug: args.slug,
    label: args.label,
    admin: { group: SETTINGS_GROUP },
    access: {
      read: publishedOrStaff,
      readVersions: isEditorOrAdmin,
      update: isEditorOrAdmin,
    },
    versions: { drafts: { autosave: { interval: 2000 } }, max: VERSIONS_KEPT },
    hooks: { beforeChange: [computeGlobalTranslationState], afterChange: [revalidateGlobal] },
    endpoints: [globalTranslationSourceEndpoint(args.slug), globalConfirmTranslationEndpoint(args.slug)],
    fields: withTranslationSources([...args.fields, translationStateField(), translationCheckField()]),
  }
}
