/* Payload's admin 404, as Payload generates it, but for its tab title. */
import config from '@payload-config'
import { NotFoundPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'

import { adminPageMetadata } from '@/lib/admin/pageMetadata'

import { importMap } from '../importMap'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

// Payload's metadata, with the tab title naming the bureau in the admin's language (not "Payload").
export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> => adminPageMetadata({ config, params, searchParams })

const NotFound = ({ params, searchParams }: Args) => NotFoundPage({ config, params, searchParams, importMap })

export default NotFound
