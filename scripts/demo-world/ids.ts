/**
 * Every entity id the demo world uses, in one place.
 *
 * REAL ids are real Wikidata ids, checked against public material (see demo-world/SOURCES.md).
 * PLACEHOLDER ids stand for real things whose Wikidata id could not be verified offline; they
 * lie far above any id Wikidata has issued (Q9999901xx), so they can never collide with a real
 * item. Replace one by its real id here when it is verified, and rebuild.
 * TEST ids are synthetic entities that exist only to exercise the app (a redirect, hostile text).
 */

export const REAL = {
  // main topics
  verla: 'Q217447',
  kouvola: 'Q204382',
  kymenlaakso: 'Q5698',
  finland: 'Q33',
  agricola: 'Q215346',
  // places
  helsinki: 'Q1757',
  turku: 'Q38511',
  pori: 'Q180233',
  rauma: 'Q37013',
  stockholm: 'Q1754',
  sweden: 'Q34',
  norway: 'Q20',
  russia: 'Q159',
  sovietUnion: 'Q15180',
  europe: 'Q46',
  earth: 'Q2',
  mars: 'Q111', // the globe of P625 on Mars (see SOURCES.md, "The map")
  // organisations and events
  unesco: 'Q7809',
  turkuArtMuseum: 'Q4502138',
  worldWar2: 'Q362',
  // classes
  human: 'Q5',
  male: 'Q6581097',
  worldHeritageSite: 'Q9259',
  nationalBuiltHeritage: 'Q29966257',
  whCriterion4: 'Q23038978',
  factory: 'Q83405',
  painting: 'Q3305213',
  municipalityOfFinland: 'Q856076',
  regionOfFinland: 'Q193512',
  country: 'Q6256',
  sovereignState: 'Q3624078',
  city: 'Q515',
  continent: 'Q5107',
  artMuseum: 'Q207694',
  war: 'Q198',
  sauna: 'Q57036',
  tradition: 'Q82821',
  archaeologicalSite: 'Q839954',
  bronzeAge: 'Q11761',
  musicGenre: 'Q188451',
  writtenWork: 'Q47461344',
  literaryWork: 'Q7725634',
  epicPoem: 'Q37484',
  construction: 'Q385378',
  fire: 'Q3196',
  tempera: 'Q175166',
  canvas: 'Q12321255',
  // occupations
  priest: 'Q42603',
  bishop: 'Q29182',
  translator: 'Q333634',
  painter: 'Q1028181',
  physician: 'Q39631',
  philologist: 'Q13418253',
  // languages
  finnish: 'Q1412',
  swedish: 'Q9027',
  northernSami: 'Q33947',
  english: 'Q1860',
  latin: 'Q397',
  // units, calendars, qualifiers
  squareKilometre: 'Q712226',
  hectare: 'Q35852',
  centimetre: 'Q174728',
  circa: 'Q5727902',
  gregorian: 'Q1985727',
  julian: 'Q1985786',
  // relation panels and texts (world-relations.ts, world-texts.ts)
  locationProperty: 'Q18615777',
  taxon: 'Q16521',
} as const

export const PLACEHOLDER = {
  winterWar: 'Q999990101',
  defenseOfTheSampo: 'Q999990102',
  gallenKallela: 'Q999990103',
  kalevala: 'Q999990104',
  lonnrot: 'Q999990105',
  saunaCulture: 'Q999990106',
  sammallahdenmaki: 'Q999990107',
  yoik: 'Q999990108',
  abckiria: 'Q999990109',
  seWsiTestamenti: 'Q999990110',
  perna: 'Q999990111',
  kuolemajarvi: 'Q999990112',
  ichRepresentativeList: 'Q999990113',
  vainamoinen: 'Q999990114',
  louhi: 'Q999990115',
  sampo: 'Q999990116',
  jaala: 'Q999990117',
  // Visualizations (world-viz.ts): Q999990400–Q999990499
  boyWithACrow: 'Q999990400',
  oldWomanWithACat: 'Q999990401',
  ainoTriptych: 'Q999990402',
  forgingOfTheSampo: 'Q999990403',
  lemminkainensMother: 'Q999990404',
  kullervosCurse: 'Q999990405',
  impiGallenKallela: 'Q999990406',
  kirstiGallenKallela: 'Q999990407',
  jormaGallenKallela: 'Q999990408',
  oldRauma: 'Q999990409',
  holyCrossChurchRauma: 'Q999990410',
  historicDistrict: 'Q999990411',
  churchBuilding: 'Q999990412',
  // the map's demo items (scripts/demo-world/world-map.ts)
  verlaBoardMill: 'Q999990200',
  verlaDryingLoft: 'Q999990201',
  verlaManagerResidence: 'Q999990202',
  verlaWorkersHousing: 'Q999990203',
  verlaRockPainting: 'Q999990204',
  verlankoski: 'Q999990205',
  ancientMonument: 'Q999990206',
  jezero: 'Q999990207',
  building: 'Q999990208',
  rapids: 'Q999990209',
  impactCrater: 'Q999990210',
  // relation panels, the timeline and texts (world-relations.ts, world-texts.ts): Q999990300–399
  gothenburg: 'Q999990300',
  peaceTreaty: 'Q999990301',
  moscowPeaceTreaty: 'Q999990302',
  continuationWar: 'Q999990303',
  nationalFlag: 'Q999990304',
  flagOfFinland: 'Q999990305',
  footballLeague: 'Q999990306',
  footballClub: 'Q999990307',
  veikkausliiga: 'Q999990308',
  hjk: 'Q999990309',
  kups: 'Q999990310',
  veikkausliiga2023: 'Q999990311',
  company: 'Q999990312',
  scissors: 'Q999990313',
  fiskars: 'Q999990314',
  fiskarsScissors: 'Q999990315',
  flagDay: 'Q999990316',
  agricolaDay: 'Q999990317',
  architect: 'Q999990318',
  architectureAward: 'Q999990319',
  royalGoldMedal: 'Q999990320',
  alvarAalto: 'Q999990321',
  smokeSauna: 'Q999990322',
  betula: 'Q999990323',
  silverBirch: 'Q999990324',
  cairn: 'Q999990325',
  kirkonlaattia: 'Q999990326',
  encyclopedia: 'Q999990327',
  encyclopediaArticle: 'Q999990328',
  nordiskFamiljebok: 'Q999990329',
  nfLonnrot: 'Q999990330',
  white: 'Q999990331',
  blue: 'Q999990332',
} as const

export const TEST = {
  /** A redirect: its file holds Verla under Verla's id. */
  redirectToVerla: 'Q999999002',
  /** Hostile label and description, for sanitizer tests. */
  hostile: 'Q999999001',
} as const

/** All ids by short name. */
export const Q = { ...REAL, ...PLACEHOLDER, ...TEST } as const
