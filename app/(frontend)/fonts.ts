import localFont from 'next/font/local'

/**
 * The Latin typeface, self-hosted from the npm registry's @fontsource-variable/inter (its Latin subset, one
 * variable file for every weight): preloaded, shown with `swap`, and its fallback metric-adjusted so that
 * the swap does not move the layout. Chinese, Japanese and Korean keep their system stacks (globals.css).
 */
export const latinFont = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  preload: true,
  adjustFontFallback: 'Arial',
  variable: '--font-latin',
})
