/**
 * What kind of licence a Commons file has. Apart from the rest of the attribution
 * (./galleryAttribution.ts), which reads HTML: every view of files needs this, not all need that.
 */

/**
 * `public-domain` (PD, CC0: no conditions), `free` (a free licence with conditions),
 * `non-free` (NC, ND, fair use…) and `unknown` (no licence, or one Kooste does not recognise):
 * the last two are marked wherever the file is shown.
 */
export const licenceKinds = ['public-domain', 'free', 'non-free', 'unknown'] as const
export type LicenceKind = (typeof licenceKinds)[number]

const nonFree =
  /(non-?free|fair[ -]use|all rights reserved|\bnc\b|\bnd\b|non-?commercial|no-?deriv|-nc-|-nd-|-nc\b|-nd\b)/i
const publicDomain = /^(public domain|pd\b|pd-|cc0|cc-zero|cc-pd|no restrictions|cc pdm)/i
const freeLicence =
  /^(cc[ -]by|cc-by-sa|gfdl|gnu free documentation|fal|free art|lal|attribution|copyrighted free use|ogl|odbl|odc|gpl|lgpl|agpl|mpl|bsd|mit|apache|etalab|licence ouverte|kogl|godl|dl-de|nlod|cecill|wtfpl|ccby)/i

/** Classifies a licence from CommonsMetadata's `LicenseShortName`, `UsageTerms`, `Copyrighted`. */
export function classifyLicence(licence: {
  name: string | null
  usageTerms?: string | null
  copyrighted?: string | null
}): LicenceKind {
  const name = licence.name?.trim() ?? ''
  const terms = licence.usageTerms ?? ''
  if (!name && !terms) return 'unknown'
  if (nonFree.test(name) || nonFree.test(terms)) return 'non-free'
  if (publicDomain.test(name) || publicDomain.test(terms)) return 'public-domain'
  if (freeLicence.test(name) || freeLicence.test(terms)) return 'free'
  if (licence.copyrighted === 'False') return 'public-domain'
  return 'unknown'
}
