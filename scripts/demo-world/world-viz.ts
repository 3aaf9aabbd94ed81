/**
 * Demo items for the visualizations (docs/visualizations.md): Akseli Gallen-Kallela's best-known
 * paintings with their years (works over time, works by type), his children with their years of
 * birth (people by birth decade), and Old Rauma with its Holy Cross Church (heritage designations
 * and parts by type in Rauma and Finland). Sources and doubts: demo-world/SOURCES.md,
 * "Visualizations".
 */
import { Q } from './ids.ts'
import { coord, item, str, time, type Claim, type ItemDef, type Terms } from './model.ts'

const painting = (
  id: string,
  labels: Terms,
  year: string,
  description: Terms,
  extra: Claim[] = [],
): ItemDef => ({
  kind: 'item',
  id,
  labels,
  descriptions: description,
  claims: [
    { p: 'P31', v: item(Q.painting) },
    { p: 'P170', v: item(Q.gallenKallela) },
    { p: 'P571', v: time(year) },
    { p: 'P17', v: item(Q.finland) },
    ...extra,
  ],
})

const byGallenKallela = (year: string): Terms => ({
  en: `painting by Akseli Gallen-Kallela (${year})`,
  fi: `Akseli Gallen-Kallelan maalaus vuodelta ${year}`,
  sv: `målning av Akseli Gallen-Kallela från ${year}`,
})

const child = (id: string, labels: Terms, born: string, died: string, extra: Claim[] = []) => ({
  kind: 'item' as const,
  id,
  labels,
  descriptions: {
    en: `child of Akseli Gallen-Kallela (${born.slice(0, 4)}–${died.slice(0, 4)})`,
    fi: `Akseli Gallen-Kallelan lapsi (${born.slice(0, 4)}–${died.slice(0, 4)})`,
  },
  claims: [
    { p: 'P31', v: item(Q.human) },
    { p: 'P22', v: item(Q.gallenKallela) },
    { p: 'P27', v: item(Q.finland) },
    { p: 'P569', v: time(born) },
    { p: 'P570', v: time(died) },
    ...extra,
  ],
})

const WHC_582 = [{ p: 'P854', v: str('https://whc.unesco.org/en/list/582') }]

/** The visualizations' demo items. */
export const VIZ_ITEMS: ItemDef[] = [
  painting(
    Q.boyWithACrow,
    { en: 'Boy with a Crow', fi: 'Poika ja varis', sv: 'Pojke och kråka' },
    '1884',
    byGallenKallela('1884'),
  ),
  painting(
    Q.oldWomanWithACat,
    { en: 'Old Woman with a Cat', fi: 'Akka ja kissa', sv: 'Gumma med katt' },
    '1885',
    byGallenKallela('1885'),
  ),
  painting(
    Q.ainoTriptych,
    { en: 'Aino Myth', fi: 'Aino-taru', sv: 'Ainomyten' },
    '1891',
    {
      en: 'triptych by Akseli Gallen-Kallela (1891)',
      fi: 'Akseli Gallen-Kallelan triptyykki vuodelta 1891',
      sv: 'triptyk av Akseli Gallen-Kallela från 1891',
    },
    [{ p: 'P144', v: item(Q.kalevala) }],
  ),
  painting(
    Q.forgingOfTheSampo,
    { en: 'The Forging of the Sampo', fi: 'Sammon taonta', sv: 'Smidandet av Sampo' },
    '1893',
    byGallenKallela('1893'),
    [{ p: 'P144', v: item(Q.kalevala) }],
  ),
  painting(
    Q.lemminkainensMother,
    { en: 'Lemminkäinen’s Mother', fi: 'Lemminkäisen äiti', sv: 'Lemminkäinens moder' },
    '1897',
    byGallenKallela('1897'),
    [{ p: 'P144', v: item(Q.kalevala) }],
  ),
  painting(
    Q.kullervosCurse,
    { en: 'Kullervo’s Curse', fi: 'Kullervon kirous', sv: 'Kullervos förbannelse' },
    '1899',
    byGallenKallela('1899'),
    [{ p: 'P144', v: item(Q.kalevala) }],
  ),
  child(
    Q.impiGallenKallela,
    {
      en: 'Impi Marjatta Gallen-Kallela',
      fi: 'Impi Marjatta Gallen-Kallela',
      sv: 'Impi Marjatta Gallen-Kallela',
    },
    '1891',
    '1895',
  ),
  child(
    Q.kirstiGallenKallela,
    { en: 'Kirsti Gallen-Kallela', fi: 'Kirsti Gallen-Kallela', sv: 'Kirsti Gallen-Kallela' },
    '1896',
    '1980',
  ),
  child(
    Q.jormaGallenKallela,
    { en: 'Jorma Gallen-Kallela', fi: 'Jorma Gallen-Kallela', sv: 'Jorma Gallen-Kallela' },
    '1898-11-22',
    '1939-12-01',
    [{ p: 'P106', v: item(Q.painter) }],
  ),
  {
    kind: 'item',
    id: Q.oldRauma,
    labels: { en: 'Old Rauma', fi: 'Vanha Rauma', sv: 'Gamla Raumo', de: 'Alt-Rauma' },
    descriptions: {
      en: 'wooden town centre of Rauma, Finland; UNESCO World Heritage Site',
      fi: 'Rauman puukaupunkikeskusta, UNESCO:n maailmanperintökohde',
      sv: 'trästadskärnan i Raumo, Finland; världsarv',
    },
    claims: [
      { p: 'P31', v: item(Q.historicDistrict) },
      { p: 'P17', v: item(Q.finland) },
      { p: 'P131', v: item(Q.rauma) },
      { p: 'P625', v: coord(61.12833, 21.51167) },
      {
        p: 'P1435',
        v: item(Q.worldHeritageSite),
        q: [{ p: 'P580', v: time('1991') }],
        refs: [WHC_582],
      },
      { p: 'P1435', v: item(Q.nationalBuiltHeritage) },
      { p: 'P757', v: str('582') },
    ],
  },
  {
    kind: 'item',
    id: Q.holyCrossChurchRauma,
    labels: {
      en: 'Holy Cross Church, Rauma',
      fi: 'Pyhän Ristin kirkko',
      sv: 'Heliga korsets kyrka i Raumo',
    },
    descriptions: {
      en: 'medieval church of the Franciscan monastery in Old Rauma',
      fi: 'Vanhan Rauman keskiaikainen fransiskaaniluostarin kirkko',
    },
    claims: [
      { p: 'P31', v: item(Q.churchBuilding) },
      { p: 'P17', v: item(Q.finland) },
      { p: 'P131', v: item(Q.rauma) },
      { p: 'P361', v: item(Q.oldRauma) },
    ],
  },
  {
    kind: 'item',
    id: Q.historicDistrict,
    labels: { en: 'historic district', fi: 'historiallinen alue', sv: 'historiskt område' },
    descriptions: { en: 'area of historic buildings, protected as a whole' },
    claims: [],
  },
  {
    kind: 'item',
    id: Q.churchBuilding,
    labels: { en: 'church building', fi: 'kirkkorakennus', sv: 'kyrkobyggnad' },
    descriptions: { en: 'building for Christian worship' },
    claims: [],
  },
]
