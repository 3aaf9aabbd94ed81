/** Wikibase statement values as a discriminated union, mapped from snaks of any origin. */
import { arr, isRecord, num, rec, str, type JsonRecord } from './guards'
import { entityKind, idFromUri } from './ids'
import { parseWikiTime, type WikiTime } from './wikiTime'

export type WikiValue =
  | { type: 'entity'; id: string }
  | { type: 'string'; value: string }
  | { type: 'external-id'; value: string }
  | { type: 'url'; value: string }
  | { type: 'commonsMedia'; file: string }
  | { type: 'monolingualtext'; text: string; lang: string }
  | { type: 'time'; time: WikiTime }
  | { type: 'quantity'; amount: number; unit: string | null; lower?: number; upper?: number }
  | { type: 'coordinate'; lat: number; lon: number; precision: number | null; globe: string | null }
  | { type: 'page'; title: string }
  | { type: 'somevalue' }
  | { type: 'novalue' }
  | { type: 'unsupported'; datatype: string }

export type Rank = 'preferred' | 'normal' | 'deprecated'

export interface Qualifier {
  property: string
  values: WikiValue[]
}

export interface Statement {
  id: string
  property: string
  datatype: string
  rank: Rank
  value: WikiValue
  qualifiers: Qualifier[]
  referenceCount: number
}

const EARTH = 'Q2'

function quantity(value: JsonRecord): WikiValue | null {
  const amount = num(value, 'amount')
  if (amount === undefined) return null
  const unitUri = str(value, 'unit') ?? '1'
  const out: WikiValue = {
    type: 'quantity',
    amount,
    unit: unitUri === '1' ? null : idFromUri(unitUri),
  }
  const lower = num(value, 'lowerBound')
  const upper = num(value, 'upperBound')
  if (lower !== undefined) out.lower = lower
  if (upper !== undefined) out.upper = upper
  return out
}

function coordinate(value: JsonRecord): WikiValue | null {
  const lat = num(value, 'latitude')
  const lon = num(value, 'longitude')
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 360)
    return null
  const globe = idFromUri(str(value, 'globe') ?? '') ?? null
  return { type: 'coordinate', lat, lon, precision: num(value, 'precision') ?? null, globe }
}

function entityValue(value: JsonRecord, datatype: string): WikiValue | null {
  const id = str(value, 'id') ?? ''
  if (entityKind(id)) return { type: 'entity', id }
  const numeric = num(value, 'numeric-id')
  const kind = str(value, 'entity-type')
  const prefix = kind === 'property' ? 'P' : kind === 'item' ? 'Q' : kind === 'lexeme' ? 'L' : null
  if (prefix && numeric) return { type: 'entity', id: `${prefix}${numeric}` }
  // Lexeme forms and senses (L1-F2, L1-S1) are well-formed values that Kooste does not show.
  if (/^L[1-9]\d*-[FS][1-9]\d*$/.test(id)) {
    return { type: 'unsupported', datatype: datatype || `wikibase-${kind ?? 'entityid'}` }
  }
  return null
}

/** Maps a datavalue with the property's datatype; null when the value is malformed. */
export function mapDataValue(datatype: string, datavalue: unknown): WikiValue | null {
  if (!isRecord(datavalue)) return null
  const value = datavalue.value
  const valueType = str(datavalue, 'type')
  if (typeof value === 'string') {
    if (datatype === 'commonsMedia') return { type: 'commonsMedia', file: value }
    if (datatype === 'external-id') return { type: 'external-id', value }
    if (datatype === 'url') return { type: 'url', value }
    if (datatype === 'geo-shape' || datatype === 'tabular-data')
      return { type: 'page', title: value }
    return { type: 'string', value }
  }
  if (!isRecord(value)) return null
  switch (valueType) {
    case 'wikibase-entityid':
      return entityValue(value, datatype)
    case 'monolingualtext': {
      const text = str(value, 'text')
      const lang = str(value, 'language')
      return text !== undefined && lang ? { type: 'monolingualtext', text, lang } : null
    }
    case 'time': {
      const time = parseWikiTime(value)
      return time ? { type: 'time', time } : null
    }
    case 'quantity':
      return quantity(value)
    case 'globecoordinate':
      return coordinate(value)
    default:
      return { type: 'unsupported', datatype: datatype || valueType || 'unknown' }
  }
}

/** Maps a snak (main snak or qualifier); null when it is malformed. */
export function mapSnak(
  snak: unknown,
): { property: string; datatype: string; value: WikiValue } | null {
  if (!isRecord(snak)) return null
  const property = str(snak, 'property')
  if (!property) return null
  const datatype = str(snak, 'datatype') ?? ''
  const snaktype = str(snak, 'snaktype')
  if (snaktype === 'somevalue') return { property, datatype, value: { type: 'somevalue' } }
  if (snaktype === 'novalue') return { property, datatype, value: { type: 'novalue' } }
  const value = mapDataValue(datatype, snak.datavalue)
  return value ? { property, datatype, value } : null
}

function mapQualifiers(claim: JsonRecord): Qualifier[] {
  const qualifiers = rec(claim, 'qualifiers')
  if (!qualifiers) return []
  const order = arr(claim, 'qualifiers-order').filter((p): p is string => typeof p === 'string')
  const properties = [...new Set([...order, ...Object.keys(qualifiers)])]
  return properties.flatMap((property) => {
    const values = arr(qualifiers, property)
      .map(mapSnak)
      .flatMap((snak) => (snak ? [snak.value] : []))
    return values.length ? [{ property, values }] : []
  })
}

/** Maps one statement (claim) of an entity; null when its main snak is malformed. */
export function mapStatement(claim: unknown): Statement | null {
  if (!isRecord(claim)) return null
  const main = mapSnak(claim.mainsnak)
  if (!main) return null
  const rank = str(claim, 'rank')
  return {
    id: str(claim, 'id') ?? '',
    property: main.property,
    datatype: main.datatype,
    rank: rank === 'preferred' || rank === 'deprecated' ? rank : 'normal',
    value: main.value,
    qualifiers: mapQualifiers(claim),
    referenceCount: arr(claim, 'references').length,
  }
}

/** True for a coordinate on Earth (or with no globe given). */
export function isOnEarth(value: WikiValue): boolean {
  return value.type === 'coordinate' && (value.globe === null || value.globe === EARTH)
}

/** Every entity id a value mentions (the item itself, a quantity's unit, a globe). */
export function valueEntityIds(value: WikiValue): string[] {
  if (value.type === 'entity') return [value.id]
  if (value.type === 'quantity' && value.unit) return [value.unit]
  if (value.type === 'coordinate' && value.globe && value.globe !== EARTH) return [value.globe]
  return []
}
