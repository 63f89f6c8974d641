'use client'

import { DefaultCell } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

/** What an enquiry is about in the enquiries list; a dash, not Payload's "<No About>", when it is about nothing in particular. */
export function SubjectCell(props: DefaultCellComponentProps) {
  if (!props.cellData) return <span aria-hidden="true">—</span>
  return <DefaultCell {...props} />
}
