import { renderToBuffer } from '@react-pdf/renderer'

import { FactSheetDocument } from './FactSheetDocument'
import { registerFactSheetFonts } from './fonts'
import type { FactSheet } from './model'

/** The PDF of a fact sheet (A4, its fonts subset and embedded). */
export async function renderFactSheet(sheet: FactSheet): Promise<Buffer> {
  registerFactSheetFonts()
  return renderToBuffer(<FactSheetDocument sheet={sheet} />)
}
