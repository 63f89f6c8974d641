import type { Field } from 'payload'

import type { MetaField } from './metaLength'

const MEASURED: Record<string, MetaField> = { title: 'title', description: 'description' }

/**
 * The SEO plugin's fields (its `fields` option), with the title's and description's length guidance and the
 * overview measured by width, so that Chinese, Japanese and Korean text is not "too short" at half the
 * length it needs (lib/seo/metaLength.ts). Their data, names and the plugin's generate endpoints stay as they are.
 */
export function measureMetaByWidth({ defaultFields }: { defaultFields: Field[] }): Field[] {
  return defaultFields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === 'overview' && field.type === 'ui') {
      return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: '/components/admin/seo/MetaOverview#MetaOverview' } } }
    }
    const metaField = MEASURED[field.name]
    if (!metaField || (field.type !== 'text' && field.type !== 'textarea')) return field
    const pluginComponent = field.admin?.components?.Field
    const pluginProps = typeof pluginComponent === 'object' && pluginComponent !== null && 'clientProps' in pluginComponent ? (pluginComponent.clientProps as Record<string, unknown>) : {}
    const hasGenerateFn = Boolean(pluginProps.hasGenerateTitleFn ?? pluginProps.hasGenerateDescriptionFn)
    return {
      ...field,
      admin: {
        ...field.admin,
        components: {
          ...field.admin?.components,
          Field: { path: '/components/admin/seo/MetaLengthField#MetaLengthField', clientProps: { metaField, hasGenerateFn } },
        },
      },
    } as Field
  })
}
