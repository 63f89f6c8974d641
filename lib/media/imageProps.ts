import { getImageProps, type ImageProps } from 'next/image'

/**
 * The attributes of a plain `<img>` serving an upload through Next's image optimizer, rendered on the
 * server: next/image's component would ship 5 KB of script to every page to do the same.
 *
 * The srcset stops at the first width that covers the upload: the optimizer never enlarges, so the
 * wider candidates would all be the upload itself under other URLs, each optimized and stored once more,
 * and written into every page twice (its markup and its flight data).
 */
export function imageProps(image: ImageProps, uploadWidth: number | null) {
  const { props } = getImageProps(image)
  const candidates = props.srcSet?.split(', ') ?? []
  const widthOf = (candidate: string) => Number(candidate.slice(candidate.lastIndexOf(' ') + 1, -1))
  const covering = candidates.findIndex((candidate) => widthOf(candidate) >= (uploadWidth ?? Infinity))
  if (covering === -1 || covering === candidates.length - 1) return props
  const kept = candidates.slice(0, covering + 1)
  return { ...props, srcSet: kept.join(', '), src: kept[covering].slice(0, kept[covering].lastIndexOf(' ')) }
}
