/** Formatting of numbers, quantities, coordinates and external-id links for display. */

/** A number in the UI language, with as many decimals as upstream gave (up to 6). */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }).format(value)
}

/** `1,234 ±5` style amount with its bounds, when they are symmetric; `[lower, upper]` otherwise. */
export function formatAmount(amount: number, lang: string, lower?: number, upper?: number): string {
  const main = formatNumber(amount, lang)
  if (lower === undefined || upper === undefined || (lower === amount && upper === amount))
    return main
  const below = amount - lower
  const above = upper - amount
  if (Math.abs(below - above) < 1e-9) return `${main} ±${formatNumber(above, lang)}`
  return `${main} (${formatNumber(lower, lang)}–${formatNumber(upper, lang)})`
}

function dms(value: number, positive: string, negative: string): string {
  const abs = Math.abs(value)
  let degrees = Math.floor(abs)
  let minutes = Math.floor((abs - degrees) * 60)
  let seconds = Math.round(((abs - degrees) * 60 - minutes) * 60)
  if (seconds === 60) {
    seconds = 0
    minutes++
  }
  if (minutes === 60) {
    minutes = 0
    degrees++
  }
  return `${degrees}°${minutes}′${seconds}″${value < 0 ? negative : positive}`
}

/** Coordinates in degrees, minutes and seconds: `60°53′40″N 26°26′47″E`. */
export function formatCoordinate(lat: number, lon: number): string {
  return `${dms(lat, 'N', 'S')} ${dms(lon, 'E', 'W')}`
}

/** The link for an external id from its property's formatter URL (`…/$1`), or null. */
export function externalIdUrl(formatter: string | undefined, value: string): string | null {
  if (!formatter?.includes('$1')) return null
  const url = formatter.replace(
    '$1',
    encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':'),
  )
  return /^https?:\/\//i.test(url) ? url : null
}

/** True for a URL that may be linked: http(s) only. */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(value)
}
