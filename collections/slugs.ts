/** Collection and global slugs: the URLs, the API and relationships all use these constants. */
export const COLLECTION_SLUGS = {
  users: 'users',
} as const

export const GLOBAL_SLUGS = {
  site: 'site',
} as const
