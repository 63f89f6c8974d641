import type { Field, RichTextField, TextareaField, TextField } from 'payload'

const SOURCE_DESCRIPTION = '/components/admin/TranslationSource#TranslationSourceDescription'

const isLocalizedText = (field: Field, inLocalized: boolean): field is TextField | TextareaField | RichTextField =>
  (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') && (inLocalized || Boolean(field.localized))

/**
 * The fields, each localized text (text, textarea, rich text) showing its zh source beside it in the edit
 * screen of a translation (components/admin/TranslationSource.tsx). The source takes the field's Description
 * slot, which it renders as well: Payload renders that slot once per field, whereas it renders `afterInput`
 * again on every form-state request while the editor types.
 */
export function withTranslationSources(fields: Field[], inLocalized = false): Field[] {
  return fields.map((field): Field => {
    if (isLocalizedText(field, inLocalized)) {
      if (field.admin?.components && 'Description' in field.admin.components) return field
      return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Description: SOURCE_DESCRIPTION } } } as Field
    }
    const localized = inLocalized || ('localized' in field && Boolean(field.localized))
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withTranslationSources(tab.fields, localized) })) }
    if ('fields' in field) return { ...field, fields: withTranslationSources(field.fields, localized) } as Field
    return field
  })
}
