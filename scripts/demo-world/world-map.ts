/**
 * The map's demo items: the parts of Verla and what lies around it (heritage still without a
 * photo, the rapids that drove the mill), the globes P625 can name, and a topic on Mars.
 * Sources and doubts: demo-world/SOURCES.md, section "The map".
 */
import { Q } from './ids.ts'
import { coord, item, str, type Claim, type ItemDef } from './model.ts'

const RKY_VERLA = [
  { p: 'P854', v: str('http://www.rky.fi/read/asp/r_kohde_det.aspx?KOHDE_ID=1277') },
]

/** Located at Verla, in Kouvola, Finland. */
const atVerla = (lat: number, lon: number, partOfVerla: boolean): Claim[] => [
  { p: 'P17', v: item(Q.finland) },
  { p: 'P131', v: item(Q.kouvola) },
  ...(partOfVerla ? [{ p: 'P361', v: item(Q.verla) }] : []),
  // Placed by hand on the site from its public plan: about 20 m, not surveyed.
  { p: 'P625', v: coord(lat, lon, 0.0001) },
]

const boardMill: ItemDef = {
  kind: 'item',
  id: Q.verlaBoardMill,
  labels: { en: 'Verla board mill', fi: 'Verlan pahvitehdas', sv: 'Verla pappfabrik' },
  descriptions: {
    en: 'mill building of the Verla groundwood and board mill, built in the 1890s',
    fi: 'Verlan puuhiomon ja pahvitehtaan 1890-luvulla rakennettu tehdasrakennus',
  },
  claims: [{ p: 'P31', v: item(Q.factory) }, ...atVerla(61.0623, 26.6396, true)],
}

const dryingLoft: ItemDef = {
  kind: 'item',
  id: Q.verlaDryingLoft,
  labels: { en: 'Verla drying lofts', fi: 'Verlan kuivaamo', sv: 'Verla torkvind' },
  descriptions: {
    en: 'building at Verla where the board was dried',
    fi: 'Verlan rakennus, jossa pahvi kuivattiin',
  },
  claims: [{ p: 'P31', v: item(Q.building) }, ...atVerla(61.0617, 26.6383, true)],
}

const managerResidence: ItemDef = {
  kind: 'item',
  id: Q.verlaManagerResidence,
  labels: {
    en: "Verla mill manager's residence",
    fi: 'Verlan patruunan asuinrakennus',
    sv: 'Verla disponentbostad',
  },
  descriptions: {
    en: 'residence of the manager of the Verla mill',
    fi: 'Verlan tehtaan johtajan asuinrakennus',
  },
  claims: [{ p: 'P31', v: item(Q.building) }, ...atVerla(61.063, 26.6418, true)],
}

// Heritage without a photo (P1435 and no P18): the map's "wanted" layer.
const workersHousing: ItemDef = {
  kind: 'item',
  id: Q.verlaWorkersHousing,
  labels: {
    en: "Verla workers' housing",
    fi: 'Verlan työväen asuinrakennukset',
    sv: 'Verla arbetarbostäder',
  },
  descriptions: {
    en: "wooden houses of the Verla mill's workers, in Kouvola",
    fi: 'Verlan tehtaan työväen puiset asuinrakennukset Kouvolassa',
  },
  claims: [
    { p: 'P31', v: item(Q.building) },
    ...atVerla(61.0609, 26.6425, false),
    { p: 'P1435', v: item(Q.nationalBuiltHeritage), refs: [RKY_VERLA] },
    { p: 'P4009', v: str('1277'), refs: [RKY_VERLA] },
  ],
}

const rockPainting: ItemDef = {
  kind: 'item',
  id: Q.verlaRockPainting,
  labels: { en: 'Verla rock painting', fi: 'Verlan kalliomaalaus', sv: 'Verla hällmålning' },
  descriptions: {
    en: 'prehistoric rock painting on a cliff by the lake at Verla, Kouvola',
    fi: 'esihistoriallinen kalliomaalaus Verlassa Kouvolassa',
  },
  claims: [
    { p: 'P31', v: item(Q.archaeologicalSite) },
    ...atVerla(61.0655, 26.6445, false),
    { p: 'P1435', v: item(Q.ancientMonument) },
  ],
}

const verlankoski: ItemDef = {
  kind: 'item',
  id: Q.verlankoski,
  labels: { en: 'Verlankoski', fi: 'Verlankoski', sv: 'Verlankoski' },
  descriptions: {
    en: 'rapids at Verla whose water drove the mill',
    fi: 'koski Verlassa, jonka vesivoima käytti tehdasta',
  },
  claims: [{ p: 'P31', v: item(Q.rapids) }, ...atVerla(61.0626, 26.6408, false)],
}

const jezero: ItemDef = {
  kind: 'item',
  id: Q.jezero,
  labels: { en: 'Jezero', fi: 'Jezero', sv: 'Jezero' },
  descriptions: {
    en: 'impact crater on Mars, landing site of the Perseverance rover',
    fi: 'törmäyskraatteri Marsissa',
    sv: 'nedslagskrater på Mars',
  },
  claims: [
    { p: 'P31', v: item(Q.impactCrater) },
    { p: 'P625', v: coord(18.38, 77.58, 0.01, Q.mars) },
  ],
}

const classes: ItemDef[] = [
  {
    kind: 'item',
    id: Q.ancientMonument,
    labels: {
      en: 'ancient monument protected by the Antiquities Act of Finland',
      fi: 'muinaismuistolain rauhoittama kiinteä muinaisjäännös',
    },
    descriptions: { en: 'heritage designation in Finland' },
  },
  {
    kind: 'item',
    id: Q.building,
    labels: { en: 'building', fi: 'rakennus', sv: 'byggnad' },
    descriptions: { en: 'structure with a roof and walls' },
  },
  {
    kind: 'item',
    id: Q.rapids,
    labels: { en: 'rapids', fi: 'koski', sv: 'fors' },
    descriptions: { en: 'section of a river where the water flows fast over a steep bed' },
  },
  {
    kind: 'item',
    id: Q.impactCrater,
    labels: { en: 'impact crater', fi: 'törmäyskraatteri', sv: 'nedslagskrater' },
    descriptions: { en: 'depression on a body made by the impact of a smaller body' },
  },
  {
    kind: 'item',
    id: Q.mars,
    labels: { en: 'Mars', fi: 'Mars', sv: 'Mars', se: 'Mars' },
    descriptions: { en: 'fourth planet from the Sun', fi: 'Aurinkokunnan neljäs planeetta' },
  },
]

/** Every item the map adds to the world. */
export const MAP_ITEMS: ItemDef[] = [
  boardMill,
  dryingLoft,
  managerResidence,
  workersHousing,
  rockPainting,
  verlankoski,
  jezero,
  ...classes,
]
