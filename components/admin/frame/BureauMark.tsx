/** The bureau's mark (app/icon.svg) where Payload shows its own, at the start of the admin's breadcrumbs. */
export function BureauMark() {
  // eslint-disable-next-line @next/next/no-img-element -- an 18-pixel SVG: nothing for next/image to do
  return <img src="/icon.svg" alt="" width={18} height={18} style={{ display: 'block', width: '100%', height: '100%' }} />
}
