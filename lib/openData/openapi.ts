import type { Payload } from 'payload'

import { DEFAULT_LOCALE, LOCALE_CODES } from '../i18n/locales'
import { SECTION_NAMES } from '../sections'
import type { Column } from './columns'
import { datasetColumns, MAX_OPEN_DATA_ROWS } from './dataset'

type Schema = Record<string, unknown>

const nullable = (schema: Schema): Schema => ({ ...schema, type: [schema.type as string, 'null'] })

function schemaOfColumn(column: Column): Schema {
  const description = column.label.en
  switch (column.kind) {
    case 'list':
      return { type: 'array', description, items: schemaOfColumns(column.items ?? []) }
    case 'number':
      return column.hasMany ? { type: 'array', description, items: { type: 'number' } } : nullable({ type: 'number', description })
    case 'boolean':
      return nullable({ type: 'boolean', description })
    case 'date':
      return nullable({ type: 'string', format: 'date-time', description })
    case 'choice':
      return column.hasMany
        ? { type: 'array', description, items: { type: 'string', enum: column.options } }
        : { type: ['string', 'null'], enum: [...(column.options ?? []), null], description }
    case 'link':
      return column.hasMany
        ? { type: 'array', description: `${description} (slugs of ${column.relationTo})`, items: { type: 'string' } }
        : nullable({ type: 'string', description: `${description} (slug of ${column.relationTo})` })
    default:
      return nullable({ type: 'string', description })
  }
}

/** The JSON schema of an item: nested as the JSON nests it (`contact.email` under `contact`). */
function schemaOfColumns(columns: Column[]): Schema {
  const root: Schema = { type: 'object', properties: {} }
  for (const column of columns) {
    let target = root
    for (const key of column.path.slice(0, -1)) {
      const properties = target.properties as Record<string, Schema>
      target = properties[key] ??= { type: 'object', properties: {} }
    }
    ;(target.properties as Record<string, Schema>)[column.path.at(-1)!] = schemaOfColumn(column)
  }
  return root
}

const fieldSchema: Schema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    description: { type: 'string', description: 'The field’s label in the requested language.' },
    type: { type: 'string' },
    values: { type: 'array', items: { type: 'string' } },
    items: { type: 'array', items: { $ref: '#/components/schemas/Field' } },
  },
}

/**
 * The OpenAPI 3.1 document of the open data, made from the section registry and each section's
 * collection: one CSV and one JSON path per section, and the schema of its items.
 */
export function openApiDocument(payload: Payload, info: { title: string; licence: { name: string; url: string | null } | null }) {
  const schemas: Record<string, Schema> = { Field: fieldSchema }
  const paths: Record<string, unknown> = {}
  const localeParameter = {
    name: 'locale',
    in: 'query',
    required: false,
    description: `The language of the texts; ${DEFAULT_LOCALE} when absent. Text not translated into it is given in Chinese.`,
    schema: { type: 'string', enum: LOCALE_CODES, default: DEFAULT_LOCALE },
  }
  const errors = {
    '400': { description: 'An unknown locale.' },
    '404': { description: 'An unknown section or format.' },
  }
  for (const section of SECTION_NAMES) {
    const itemName = `${section[0].toUpperCase()}${section.slice(1)}Item`
    schemas[itemName] = schemaOfColumns(datasetColumns(payload, section))
    paths[`/api/open/${section}.json`] = {
      get: {
        operationId: `${section}Json`,
        summary: `Published ${section} as JSON (newest first, at most ${MAX_OPEN_DATA_ROWS}).`,
        parameters: [localeParameter],
        responses: {
          '200': {
            description: `The dataset: its fields described in the locale, and its items.`,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['section', 'locale', 'asOf', 'total', 'count', 'fields', 'items'],
                  properties: {
                    section: { const: section },
                    locale: { type: 'string', enum: LOCALE_CODES },
                    asOf: { type: ['string', 'null'], format: 'date-time', description: 'The last time a published item changed.' },
                    licence: { type: ['object', 'null'], properties: { name: { type: 'string' }, url: { type: ['string', 'null'] } } },
                    total: { type: 'integer', description: 'Published items in all.' },
                    count: { type: 'integer', description: `Items in this file (at most ${MAX_OPEN_DATA_ROWS}).` },
                    fields: { type: 'array', items: { $ref: '#/components/schemas/Field' } },
                    items: { type: 'array', items: { $ref: `#/components/schemas/${itemName}` } },
                  },
                },
              },
            },
          },
          ...errors,
        },
      },
    }
    paths[`/api/open/${section}.csv`] = {
      get: {
        operationId: `${section}Csv`,
        summary: `Published ${section} as CSV (UTF-8 with a byte-order mark, newest first, at most ${MAX_OPEN_DATA_ROWS} rows).`,
        description: 'The header names the fields as the JSON does (`contact.email`); several values are joined by "; ", key figures are written as JSON. A cell starting with = + - or @ begins with an apostrophe.',
        parameters: [localeParameter],
        responses: { '200': { description: 'The dataset as CSV.', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: info.title,
      version: '1',
      description: 'The portal’s published content, section by section, in each of its languages.',
      ...(info.licence ? { license: { name: info.licence.name, ...(info.licence.url ? { url: info.licence.url } : {}) } } : {}),
    },
    paths,
    components: { schemas },
  }
}
