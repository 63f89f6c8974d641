/* Payload's admin pages, as Payload generates them, but for their tab titles. */
import config from '@payload-config'
import { RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'

import { adminPageMetadata } from '@/lib/admin/pageMetadata'

import { importMap } from '../importMap'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

// Payload's metadata, with the tab title naming the bureau in the admin's language (not "Payload").
export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> => adminPageMetadata({ config, params, searchParams })

const Page = ({ params, searchParams }: Args) => RootPage({ config, params, searchParams, importMap })

export default Page
