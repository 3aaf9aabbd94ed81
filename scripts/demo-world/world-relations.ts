/**
 * Demo items for the related-topics panels that no other demo topic shows: twin towns, causes and
 * effects, what follows, colours, sports seasons and their teams, products, named after, awards and
 * their recipients, subclasses and lower taxa, and the location panel (properties that indicate a
 * location); and a Bronze Age cairn whose date is known only between bounds, for the timeline's
 * related lane. Sources and doubts: demo-world/SOURCES.md, section "Related topics".
 */
import { Q } from './ids.ts'
import { item, somevalue, time, type Claim, type ItemDef } from './model.ts'

/** A class or a thing only named by others: labels, an English description, nothing more. */
const named = (id: string, en: string, fi: string, sv: string, description: string): ItemDef => ({
  kind: 'item',
  id,
  labels: { en, fi, sv },
  descriptions: { en: description },
  claims: [],
})

const inFinland: Claim = { p: 'P17', v: item(Q.finland) }

// --- Location: Wikidata says which properties indicate a location (see PROPERTY_CLAIMS).
const locationProperty = named(
  Q.locationProperty,
  'Wikidata property to indicate a location',
  'sijaintia ilmaiseva Wikidata-ominaisuus',
  'Wikidata-egenskap för att ange en plats',
  'class of Wikidata properties whose values are places',
)

// --- Twin towns: Gothenburg and Turku.
const gothenburg: ItemDef = {
  kind: 'item',
  id: Q.gothenburg,
  labels: { en: 'Gothenburg', fi: 'Göteborg', sv: 'Göteborg', se: 'Göteborg' },
  descriptions: {
    en: 'city in Sweden',
    fi: 'kaupunki Ruotsissa',
    sv: 'stad i Sverige',
  },
  claims: [
    { p: 'P31', v: item(Q.city) },
    { p: 'P17', v: item(Q.sweden) },
    { p: 'P190', v: item(Q.turku) },
  ],
}

// --- Causes, effects and what follows: the Winter War, its peace, the Continuation War.
const peaceTreaty = named(
  Q.peaceTreaty,
  'peace treaty',
  'rauhansopimus',
  'fredsfördrag',
  'agreement that ends a war',
)
const moscowPeace: ItemDef = {
  kind: 'item',
  id: Q.moscowPeaceTreaty,
  labels: {
    en: 'Moscow Peace Treaty',
    fi: 'Moskovan rauha',
    sv: 'Freden i Moskva',
  },
  descriptions: {
    en: 'treaty of 12 March 1940 that ended the Winter War',
    fi: 'talvisodan 12. maaliskuuta 1940 päättänyt rauhansopimus',
    sv: 'fredsavtalet den 12 mars 1940 som avslutade vinterkriget',
  },
  claims: [
    { p: 'P31', v: item(Q.peaceTreaty) },
    { p: 'P828', v: item(Q.winterWar) },
    { p: 'P585', v: time('1940-03-12') },
  ],
}
const continuationWar: ItemDef = {
  kind: 'item',
  id: Q.continuationWar,
  labels: { en: 'Continuation War', fi: 'jatkosota', sv: 'fortsättningskriget' },
  descriptions: {
    en: 'war between Finland and the Soviet Union, 1941–1944',
    fi: 'Suomen ja Neuvostoliiton välinen sota 1941–1944',
    sv: 'krig mellan Finland och Sovjetunionen 1941–1944',
  },
  claims: [
    { p: 'P31', v: item(Q.war) },
    { p: 'P155', v: item(Q.winterWar) },
    { p: 'P580', v: time('1941-06-25') },
    { p: 'P582', v: time('1944-09-19') },
  ],
}

// --- Colours: the flag of Finland, white with a blue cross.
const nationalFlag = named(
  Q.nationalFlag,
  'national flag',
  'kansallislippu',
  'nationsflagga',
  'flag that represents a country',
)
const white = named(Q.white, 'white', 'valkoinen', 'vit', 'colour')
const blue = named(Q.blue, 'blue', 'sininen', 'blå', 'colour')
const flagOfFinland: ItemDef = {
  kind: 'item',
  id: Q.flagOfFinland,
  labels: { en: 'flag of Finland', fi: 'Suomen lippu', sv: 'Finlands flagga', se: 'Suoma leavga' },
  descriptions: {
    en: 'blue Nordic cross on white, adopted in 1918',
    fi: 'valkoisella pohjalla sininen risti, vahvistettu 1918',
  },
  claims: [
    { p: 'P31', v: item(Q.nationalFlag) },
    inFinland,
    { p: 'P462', v: item(Q.white) },
    { p: 'P462', v: item(Q.blue) },
    { p: 'P571', v: time('1918-05-29') },
  ],
}

// --- Sports: a season of the Finnish football league and two of its teams.
const footballLeague = named(
  Q.footballLeague,
  'association football league',
  'jalkapallosarja',
  'fotbollsserie',
  'competition in which football clubs play each other over a season',
)
const footballClub = named(
  Q.footballClub,
  'association football club',
  'jalkapalloseura',
  'fotbollsklubb',
  'sports club that plays association football',
)
const veikkausliiga: ItemDef = {
  kind: 'item',
  id: Q.veikkausliiga,
  labels: { en: 'Veikkausliiga', fi: 'Veikkausliiga', sv: 'Veikkausliiga' },
  descriptions: {
    en: 'top division of association football in Finland',
    fi: 'Suomen jalkapallon pääsarja',
  },
  claims: [{ p: 'P31', v: item(Q.footballLeague) }, inFinland, { p: 'P571', v: time('1990') }],
}
const hjk: ItemDef = {
  kind: 'item',
  id: Q.hjk,
  labels: { en: 'HJK Helsinki', fi: 'HJK', sv: 'HJK' },
  descriptions: {
    en: 'association football club in Helsinki',
    fi: 'helsinkiläinen jalkapalloseura',
  },
  claims: [
    { p: 'P31', v: item(Q.footballClub) },
    inFinland,
    { p: 'P131', v: item(Q.helsinki) },
    { p: 'P571', v: time('1907') },
  ],
}
const kups: ItemDef = {
  kind: 'item',
  id: Q.kups,
  labels: { en: 'KuPS', fi: 'Kuopion Palloseura', sv: 'KuPS' },
  descriptions: { en: 'association football club in Kuopio', fi: 'kuopiolainen jalkapalloseura' },
  claims: [{ p: 'P31', v: item(Q.footballClub) }, inFinland, { p: 'P571', v: time('1923') }],
}
const season2023: ItemDef = {
  kind: 'item',
  id: Q.veikkausliiga2023,
  labels: { en: '2023 Veikkausliiga', fi: 'Veikkausliiga 2023', sv: 'Veikkausliiga 2023' },
  descriptions: { en: 'season of the Finnish football league', fi: 'Veikkausliigan kausi' },
  claims: [
    { p: 'P3450', v: item(Q.veikkausliiga) },
    { p: 'P1923', v: item(Q.hjk) },
    { p: 'P1923', v: item(Q.kups) },
    { p: 'P585', v: time('2023') },
  ],
}

// --- Products: Fiskars and its orange-handled scissors.
const company = named(Q.company, 'company', 'yritys', 'företag', 'business organisation')
const scissors = named(Q.scissors, 'scissors', 'sakset', 'sax', 'hand tool for cutting')
const fiskars: ItemDef = {
  kind: 'item',
  id: Q.fiskars,
  labels: { en: 'Fiskars', fi: 'Fiskars', sv: 'Fiskars' },
  descriptions: {
    en: 'Finnish company founded in 1649 at the Fiskars ironworks',
    fi: 'suomalainen yritys, perustettu Fiskarsin ruukissa 1649',
    sv: 'finländskt företag grundat vid Fiskars bruk 1649',
  },
  claims: [{ p: 'P31', v: item(Q.company) }, inFinland, { p: 'P571', v: time('1649') }],
}
const fiskarsScissors: ItemDef = {
  kind: 'item',
  id: Q.fiskarsScissors,
  labels: {
    en: 'Fiskars orange-handled scissors',
    fi: 'Fiskarsin oranssikahvaiset sakset',
    sv: 'Fiskars saxar med orange handtag',
  },
  descriptions: { en: 'scissors with plastic handles, made since 1967' },
  claims: [
    { p: 'P31', v: item(Q.scissors) },
    { p: 'P176', v: item(Q.fiskars) },
    { p: 'P571', v: time('1967') },
  ],
}

// --- Named after: the day of Agricola and of the Finnish language.
const flagDay = named(
  Q.flagDay,
  'flag day in Finland',
  'liputuspäivä',
  'flaggdag i Finland',
  'day on which flags are flown in Finland',
)
const agricolaDay: ItemDef = {
  kind: 'item',
  id: Q.agricolaDay,
  labels: {
    en: 'Mikael Agricola Day',
    fi: 'Mikael Agricolan päivä',
    sv: 'Mikael Agricola-dagen',
  },
  aliases: { en: ['Day of the Finnish Language'], fi: ['suomen kielen päivä'] },
  descriptions: {
    en: 'flag day in Finland on 9 April, the day Agricola died',
    fi: 'liputuspäivä 9. huhtikuuta, Agricolan kuolinpäivä',
  },
  claims: [{ p: 'P31', v: item(Q.flagDay) }, inFinland, { p: 'P138', v: item(Q.agricola) }],
}

// --- Awards and recipients: Alvar Aalto and the Royal Gold Medal.
const architect = named(
  Q.architect,
  'architect',
  'arkkitehti',
  'arkitekt',
  'person who plans and designs buildings',
)
const architectureAward = named(
  Q.architectureAward,
  'architecture award',
  'arkkitehtuuripalkinto',
  'arkitekturpris',
  'award given for architecture',
)
const royalGoldMedal: ItemDef = {
  kind: 'item',
  id: Q.royalGoldMedal,
  labels: { en: 'Royal Gold Medal', fi: 'Royal Gold Medal', sv: 'Royal Gold Medal' },
  descriptions: {
    en: 'award of the Royal Institute of British Architects, given since 1848',
    fi: 'brittiläisen arkkitehtiliiton RIBAn palkinto',
  },
  claims: [
    { p: 'P31', v: item(Q.architectureAward) },
    { p: 'P571', v: time('1848') },
  ],
}
const aalto: ItemDef = {
  kind: 'item',
  id: Q.alvarAalto,
  labels: { en: 'Alvar Aalto', fi: 'Alvar Aalto', sv: 'Alvar Aalto', se: 'Alvar Aalto' },
  descriptions: {
    en: 'Finnish architect and designer (1898–1976)',
    fi: 'suomalainen arkkitehti ja muotoilija',
    sv: 'finländsk arkitekt och formgivare',
  },
  claims: [
    { p: 'P31', v: item(Q.human) },
    { p: 'P21', v: item(Q.male) },
    { p: 'P106', v: item(Q.architect) },
    { p: 'P27', v: item(Q.finland) },
    { p: 'P569', v: time('1898-02-03') },
    { p: 'P570', v: time('1976-05-11') },
    { p: 'P166', v: item(Q.royalGoldMedal), q: [{ p: 'P585', v: time('1957') }] },
  ],
}

// --- Subclasses and lower taxa: the smoke sauna; the silver birch, Finland's national tree.
const smokeSauna: ItemDef = {
  kind: 'item',
  id: Q.smokeSauna,
  labels: { en: 'smoke sauna', fi: 'savusauna', sv: 'rökbastu', se: 'suovasávdni' },
  descriptions: {
    en: 'sauna without a chimney, heated for hours before bathing',
    fi: 'sauna ilman savupiippua',
  },
  claims: [{ p: 'P279', v: item(Q.sauna) }],
}
const taxon = named(Q.taxon, 'taxon', 'taksoni', 'taxon', 'group of organisms')
const betula: ItemDef = {
  kind: 'item',
  id: Q.betula,
  labels: { en: 'birch', fi: 'koivut', sv: 'björkar', la: 'Betula' },
  descriptions: { en: 'genus of trees', fi: 'puusuku', sv: 'släkte av träd' },
  claims: [{ p: 'P31', v: item(Q.taxon) }],
}
const silverBirch: ItemDef = {
  kind: 'item',
  id: Q.silverBirch,
  labels: { en: 'silver birch', fi: 'rauduskoivu', sv: 'vårtbjörk', la: 'Betula pendula' },
  descriptions: {
    en: 'species of birch; the national tree of Finland',
    fi: 'koivulaji, Suomen kansallispuu',
  },
  claims: [
    { p: 'P31', v: item(Q.taxon) },
    { p: 'P171', v: item(Q.betula) },
  ],
}

// --- The timeline: a cairn of Sammallahdenmäki dated only to the Bronze Age.
const cairn = named(
  Q.cairn,
  'cairn',
  'hautaröykkiö',
  'gravröse',
  'man-made pile of stones, here over a grave',
)
const kirkonlaattia: ItemDef = {
  kind: 'item',
  id: Q.kirkonlaattia,
  labels: {
    en: 'Kirkonlaattia',
    fi: 'Kirkonlaattia',
    sv: 'Kirkonlaattia',
  },
  descriptions: {
    en: 'rectangular Bronze Age cairn at Sammallahdenmäki, the "church floor"',
    fi: 'Sammallahdenmäen suorakaiteen muotoinen pronssikautinen röykkiö',
  },
  claims: [
    { p: 'P31', v: item(Q.cairn) },
    { p: 'P361', v: item(Q.sammallahdenmaki) },
    inFinland,
    { p: 'P131', v: item(Q.rauma) },
    {
      p: 'P571',
      v: somevalue,
      q: [
        { p: 'P1319', v: time('-1500', { precision: 7 }) },
        { p: 'P1326', v: time('-0500', { precision: 7 }) },
        { p: 'P1480', v: item(Q.circa) },
      ],
    },
  ],
}

/** Statements on the demo world's property entities: which of them indicate a location. */
export const PROPERTY_CLAIMS: Record<string, Claim[]> = Object.fromEntries(
  ['P17', 'P131', 'P276'].map((p) => [p, [{ p: 'P31', v: item(Q.locationProperty) }]]),
)

/** Every item of this file. */
export const RELATION_ITEMS: ItemDef[] = [
  locationProperty,
  gothenburg,
  peaceTreaty,
  moscowPeace,
  continuationWar,
  nationalFlag,
  white,
  blue,
  flagOfFinland,
  footballLeague,
  footballClub,
  veikkausliiga,
  hjk,
  kups,
  season2023,
  company,
  scissors,
  fiskars,
  fiskarsScissors,
  flagDay,
  agricolaDay,
  architect,
  architectureAward,
  royalGoldMedal,
  aalto,
  smokeSauna,
  taxon,
  betula,
  silverBirch,
  cairn,
  kirkonlaattia,
]
