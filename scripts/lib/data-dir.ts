import path from 'node:path'

/** Local state of a checkout: the embedded database, its password, the development secret. */
export const DATA_DIR = path.resolve(process.cwd(), '.data')

export const EMBEDDED_POSTGRES_DIR = path.join(DATA_DIR, 'postgres')
