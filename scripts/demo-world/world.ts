/**
 * The demo world's entities: a small, interlinked, true-to-life set of Finnish topics.
 * Sources and doubts for every fact are in demo-world/SOURCES.md.
 */
import { Q } from './ids.ts'
import {
  coord,
  item,
  mono,
  qty,
  somevalue,
  str,
  time,
  type Claim,
  type ItemDef,
  type Snak,
} from './model.ts'
import { FILES } from './commons.ts'
import { VIZ_ITEMS } from './world-viz.ts'
import { MAP_ITEMS } from './world-map.ts'
import { RELATION_ITEMS } from './world-relations.ts'
import { LONNROT_DESCRIBED_BY, TEXT_ITEMS } from './world-texts.ts'

const ref = (url: string, retrieved?: string): Snak[] =>
  retrieved
    ? [
        { p: 'P854', v: str(url) },
        { p: 'P813', v: time(retrieved) },
      ]
    : [{ p: 'P854', v: str(url) }]

const WHC = (id: string): Snak[] => ref(`https://whc.unesco.org/en/list/${id}`)
const RKY_VERLA = ref('http://www.rky.fi/read/asp/r_kohde_det.aspx?KOHDE_ID=1277')

const julian = { calendar: 'julian' } as const

/** The P18 image of a topic: the first demo Commons file that names it as `p18`. */
function image(topic: string): Claim {
  const file = FILES.find((f) => f.p18 === topic)
  if (!file) throw new Error(`no P18 file for ${topic}`)
  return { p: 'P18', v: str(file.name) }
}

// ---------------------------------------------------------------------------------------------
// Main topics

const verla: ItemDef = {
  kind: 'item',
  id: Q.verla,
  labels: {
    en: 'Verla',
    fi: 'Verla',
    sv: 'Verla träsliperi och pappfabrik',
    se: 'Verla',
    de: 'Verla',
    fr: 'Verla',
  },
  descriptions: {
    en: 'former groundwood and board mill in Kouvola, Finland; UNESCO World Heritage Site',
    fi: 'entinen puuhiomo ja pahvitehdas Kouvolassa, UNESCO:n maailmanperintökohde',
    sv: 'industriminne i Kouvola i Finland',
    se: 'UNESCO máilmmiárbi Suomas',
    de: 'Fabrik in Finnland',
  },
  aliases: {
    en: ['Verla Groundwood and Board Mill', 'Verla Mill Museum'],
    fi: ['Verlan puuhiomo', 'Verlan pahvitehdas', 'Verlan tehdasmuseo', 'Verlan ruukki'],
    fr: ['Usine de traitement du bois et du carton de Verla'],
  },
  claims: [
    { p: 'P31', v: item(Q.factory) },
    { p: 'P17', v: item(Q.finland) },
    { p: 'P131', v: item(Q.kouvola), rank: 'preferred', q: [{ p: 'P580', v: time('2009-01-01') }] },
    { p: 'P131', v: item(Q.jaala), q: [{ p: 'P582', v: time('2009-01-01') }] },
    { p: 'P625', v: coord(61.061992, 26.640016, 0.000001), refs: [RKY_VERLA] },
    image('verla'),
    { p: 'P373', v: str('Verla groundwood and board mill') },
    { p: 'P571', v: time('1872') },
    { p: 'P576', v: time('1964-07-18') },
    {
      p: 'P793',
      v: item(Q.fire),
      q: [
        { p: 'P1319', v: time('1874') },
        { p: 'P1326', v: time('1876') },
      ],
    },
    { p: 'P793', v: item(Q.construction), q: [{ p: 'P585', v: time('1882') }] },
    {
      p: 'P1435',
      v: item(Q.worldHeritageSite),
      q: [{ p: 'P580', v: time('1996') }],
      refs: [WHC('751')],
    },
    { p: 'P1435', v: item(Q.nationalBuiltHeritage), refs: [RKY_VERLA] },
    { p: 'P2614', v: item(Q.whCriterion4), refs: [WHC('751')] },
    { p: 'P757', v: str('751') },
    { p: 'P4009', v: str('1277') },
    { p: 'P214', v: str('247860056') },
    { p: 'P2046', v: qty('22.778', Q.hectare) },
    { p: 'P3896', v: str('Data:Kooste/Verla.map') }, // demo shape: SOURCES.md, "The map"
    { p: 'P856', v: str('http://www.verla.fi/') },
  ],
  sitelinks: {
    commonswiki: 'Category:Verla groundwood and board mill',
    dewiki: 'Verla',
    enwiki: 'Verla',
    fiwiki: 'Verlan puuhiomo ja pahvitehdas',
    frwiki: 'Musée de Verla',
    svwiki: 'Verla träsliperi och pappfabrik',
  },
}

const kouvola: ItemDef = {
  kind: 'item',
  id: Q.kouvola,
  labels: {
    en: 'Kouvola',
    fi: 'Kouvola',
    sv: 'Kouvola',
    se: 'Kouvola',
    de: 'Kouvola',
    fr: 'Kouvola',
    ar: 'كوفولا',
  },
  descriptions: {
    en: 'city in Kymenlaakso, Finland',
    fi: 'kaupunki Kymenlaaksossa',
    sv: 'stad i Kymmenedalen i Finland',
    se: 'gávpot Suomas',
  },
  claims: [
    { p: 'P31', v: item(Q.municipalityOfFinland) },
    { p: 'P17', v: item(Q.finland) },
    { p: 'P131', v: item(Q.kymenlaakso) },
    { p: 'P1376', v: item(Q.kymenlaakso) },
    { p: 'P625', v: coord(60.868056, 26.704167) },
    image('kouvola'),
    { p: 'P373', v: str('Kouvola') },
    {
      p: 'P1082',
      v: qty(80483),
      rank: 'preferred',
      q: [{ p: 'P585', v: time('2021-12-31') }],
    },
    { p: 'P1082', v: qty(86302), q: [{ p: 'P585', v: time('2015-06-30') }] },
    { p: 'P2046', v: qty('2883.3', Q.squareKilometre) },
    { p: 'P856', v: str('https://www.kouvola.fi/') },
  ],
  sitelinks: {
    commonswiki: 'Category:Kouvola',
    enwiki: 'Kouvola',
    fiwiki: 'Kouvola',
    svwiki: 'Kouvola',
    dewiki: 'Kouvola',
  },
}

const kymenlaakso: ItemDef = {
  kind: 'item',
  id: Q.kymenlaakso,
  labels: {
    en: 'Kymenlaakso',
    fi: 'Kymenlaakso',
    sv: 'Kymmenedalen',
    se: 'Kymenlaakso',
    de: 'Kymenlaakso',
    fr: 'Vallée de la Kymi',
  },
  descriptions: {
    en: 'region of Finland',
    fi: 'Suomen maakunta',
    sv: 'landskap i Finland',
    se: 'eanangoddi Suomas',
  },
  aliases: { en: ['Kymi Valley'] },
  claims: [
    { p: 'P31', v: item(Q.regionOfFinland) },
    { p: 'P17', v: item(Q.finland) },
    { p: 'P131', v: item(Q.finland) },
    { p: 'P36', v: item(Q.kouvola) },
    { p: 'P150', v: item(Q.kouvola) },
    { p: 'P625', v: coord(60.5, 27, 0.1) },
    image('kymenlaakso'),
    { p: 'P373', v: str('Kymenlaakso') },
    { p: 'P1705', v: mono('Kymenlaakso', 'fi') },
    { p: 'P1705', v: mono('Kymmenedalen', 'sv') },
    { p: 'P1082', v: qty(174167), q: [{ p: 'P585', v: time('2019') }] },
    { p: 'P2046', v: qty('5595.36', Q.squareKilometre) },
  ],
  sitelinks: {
    commonswiki: 'Category:Kymenlaakso',
    enwiki: 'Kymenlaakso',
    fiwiki: 'Kymenlaakso',
    svwiki: 'Kymmenedalen',
  },
}

const finland: ItemDef = {
  kind: 'item',
  id: Q.finland,
  labels: {
    en: 'Finland',
    fi: 'Suomi',
    sv: 'Finland',
    se: 'Suopma',
    de: 'Finnland',
    fr: 'Finlande',
    ar: 'فنلندا',
  },
  descriptions: {
    en: 'country in Northern Europe',
    fi: 'valtio Pohjois-Euroopassa',
    sv: 'land i Nordeuropa',
    se: 'riika Davvi-Eurohpás',
    de: 'Staat in Nordeuropa',
    fr: "pays d'Europe du Nord",
    ar: 'دولة في شمال أوروبا',
  },
  aliases: {
    en: ['Republic of Finland', 'Suomi'],
    fi: ['Suomen tasavalta'],
    sv: ['Republiken Finland'],
  },
  claims: [
    { p: 'P31', v: item(Q.sovereignState) },
    { p: 'P31', v: item(Q.country) },
    { p: 'P30', v: item(Q.europe) },
    { p: 'P36', v: item(Q.helsinki) },
    { p: 'P37', v: item(Q.finnish) },
    { p: 'P37', v: item(Q.swedish) },
    { p: 'P47', v: item(Q.sweden) },
    { p: 'P47', v: item(Q.norway) },
    { p: 'P47', v: item(Q.russia) },
    { p: 'P150', v: item(Q.kymenlaakso) },
    { p: 'P571', v: time('1917-12-06') },
    { p: 'P1448', v: mono('Suomen tasavalta', 'fi') },
    { p: 'P1448', v: mono('Republiken Finland', 'sv') },
    { p: 'P625', v: coord(64, 26, 1) },
    image('finland'),
    { p: 'P373', v: str('Finland') },
    {
      p: 'P1082',
      v: qty(5503297),
      rank: 'preferred',
      q: [{ p: 'P585', v: time('2016-12-31') }],
    },
    {
      p: 'P1082',
      v: qty(5487308),
      q: [{ p: 'P585', v: time('2015-12-31') }],
      refs: [
        ref(
          'https://dvv.fi/en/-/suomen-virallinen-vakiluku-oli-vuoden-2015-lopussa-5-487-3-1',
          '2026-11-20',
        ),
      ],
    },
  ],
  sitelinks: {
    arwiki: 'فنلندا',
    commonswiki: 'Category:Finland',
    dewiki: 'Finnland',
    enwiki: 'Finland',
    fiwiki: 'Suomi',
    frwiki: 'Finlande',
    sewiki: 'Suopma',
    svwiki: 'Finland',
  },
}

const agricola: ItemDef = {
  kind: 'item',
  id: Q.agricola,
  labels: {
    en: 'Mikael Agricola',
    fi: 'Mikael Agricola',
    sv: 'Mikael Agricola',
    se: 'Mikael Agricola',
    de: 'Mikael Agricola',
    fr: 'Mikael Agricola',
  },
  descriptions: {
    en: 'Finnish clergyman and reformer, founder of written Finnish (c. 1510–1557)',
    fi: 'Turun piispa ja uskonpuhdistaja, suomen kirjakielen isä',
    sv: 'finländsk reformator och biskop i Åbo',
    se: 'suopmelaš báhppa ja girječálli',
  },
  aliases: { fi: ['Mikael Olavinpoika'], en: ['Michael Agricola'] },
  claims: [
    { p: 'P31', v: item(Q.human) },
    { p: 'P21', v: item(Q.male) },
    { p: 'P27', v: item(Q.sweden) },
    { p: 'P106', v: item(Q.priest) },
    { p: 'P106', v: item(Q.bishop) },
    { p: 'P106', v: item(Q.translator) },
    { p: 'P1412', v: item(Q.finnish) },
    { p: 'P1412', v: item(Q.latin) },
    { p: 'P569', v: time('1510', julian), q: [{ p: 'P1480', v: item(Q.circa) }] },
    { p: 'P19', v: item(Q.perna) },
    { p: 'P570', v: time('1557-04-09', julian) },
    { p: 'P20', v: item(Q.kuolemajarvi) },
    { p: 'P800', v: item(Q.abckiria) },
    { p: 'P800', v: item(Q.seWsiTestamenti) },
    image('agricola'),
    { p: 'P373', v: str('Mikael Agricola') },
  ],
  sitelinks: {
    commonswiki: 'Category:Mikael Agricola',
    dewiki: 'Mikael Agricola',
    enwiki: 'Mikael Agricola',
    fiwiki: 'Mikael Agricola',
    fiwikisource: 'Tekijä:Mikael Agricola',
    svwiki: 'Mikael Agricola',
  },
}

const winterWar: ItemDef = {
  kind: 'item',
  id: Q.winterWar,
  labels: {
    en: 'Winter War',
    fi: 'talvisota',
    sv: 'vinterkriget',
    se: 'Dálvesoahti',
    de: 'Winterkrieg',
    fr: "guerre d'Hiver",
    ar: 'حرب الشتاء',
  },
  descriptions: {
    en: 'war between the Soviet Union and Finland (1939–1940)',
    fi: 'Suomen ja Neuvostoliiton välinen sota 1939–1940',
    sv: 'krig mellan Sovjetunionen och Finland 1939–1940',
    se: 'Suoma ja Sovjetlihtu gaskasaš soahti 1939–1940',
  },
  aliases: { en: ['Russo-Finnish War', 'Soviet–Finnish War'] },
  claims: [
    { p: 'P31', v: item(Q.war) },
    { p: 'P361', v: item(Q.worldWar2) },
    { p: 'P580', v: time('1939-11-30') },
    { p: 'P582', v: time('1940-03-13') },
    { p: 'P276', v: item(Q.finland) },
    { p: 'P710', v: item(Q.finland) },
    { p: 'P710', v: item(Q.sovietUnion) },
    image('winterWar'),
    { p: 'P373', v: str('Winter War') },
  ],
  sitelinks: {
    commonswiki: 'Category:Winter War',
    dewiki: 'Winterkrieg',
    enwiki: 'Winter War',
    fiwiki: 'Talvisota',
    svwiki: 'Vinterkriget',
  },
}

const defenseOfTheSampo: ItemDef = {
  kind: 'item',
  id: Q.defenseOfTheSampo,
  labels: {
    en: 'The Defense of the Sampo',
    fi: 'Sammon puolustus',
    sv: 'Försvaret av Sampo',
    de: 'Die Verteidigung des Sampo',
    fr: 'La Défense du Sampo',
  },
  descriptions: {
    en: 'painting by Akseli Gallen-Kallela (1896)',
    fi: 'Akseli Gallen-Kallelan maalaus vuodelta 1896',
    sv: 'målning av Akseli Gallen-Kallela från 1896',
  },
  aliases: { en: ['The Defence of the Sampo'] },
  claims: [
    { p: 'P31', v: item(Q.painting) },
    { p: 'P1476', v: mono('Sammon puolustus', 'fi') },
    { p: 'P170', v: item(Q.gallenKallela) },
    { p: 'P571', v: time('1896') },
    { p: 'P186', v: item(Q.tempera) },
    { p: 'P186', v: item(Q.canvas) },
    { p: 'P2048', v: qty(122, Q.centimetre) },
    { p: 'P2049', v: qty(125, Q.centimetre) },
    { p: 'P195', v: item(Q.turkuArtMuseum) },
    { p: 'P276', v: item(Q.turkuArtMuseum) },
    { p: 'P17', v: item(Q.finland) },
    { p: 'P180', v: item(Q.vainamoinen) },
    { p: 'P180', v: item(Q.louhi) },
    { p: 'P180', v: item(Q.sampo) },
    { p: 'P144', v: item(Q.kalevala) },
    image('defenseOfTheSampo'),
  ],
  sitelinks: {
    enwiki: 'The Defense of the Sampo',
    fiwiki: 'Sammon puolustus',
  },
}

const gallenKallela: ItemDef = {
  kind: 'item',
  id: Q.gallenKallela,
  labels: {
    en: 'Akseli Gallen-Kallela',
    fi: 'Akseli Gallen-Kallela',
    sv: 'Akseli Gallen-Kallela',
    se: 'Akseli Gallen-Kallela',
    de: 'Akseli Gallen-Kallela',
    fr: 'Akseli Gallen-Kallela',
  },
  descriptions: {
    en: 'Finnish painter (1865–1931)',
    fi: 'suomalainen taidemaalari (1865–1931)',
    sv: 'finländsk målare (1865–1931)',
  },
  aliases: { en: ['Axel Gallén'], sv: ['Axel Gallén'] },
  claims: [
    { p: 'P31', v: item(Q.human) },
    { p: 'P21', v: item(Q.male) },
    { p: 'P27', v: item(Q.finland) },
    { p: 'P106', v: item(Q.painter) },
    { p: 'P1477', v: mono('Axel Waldemar Gallén', 'sv') },
    { p: 'P569', v: time('1865-04-26') },
    { p: 'P19', v: item(Q.pori) },
    { p: 'P570', v: time('1931-03-07') },
    { p: 'P20', v: item(Q.stockholm) },
    { p: 'P800', v: item(Q.defenseOfTheSampo) },
    image('gallenKallela'),
    { p: 'P373', v: str('Akseli Gallen-Kallela') },
  ],
  sitelinks: {
    commonswiki: 'Category:Akseli Gallen-Kallela',
    enwiki: 'Akseli Gallen-Kallela',
    fiwiki: 'Akseli Gallen-Kallela',
    svwiki: 'Akseli Gallen-Kallela',
  },
}

const kalevala: ItemDef = {
  kind: 'item',
  id: Q.kalevala,
  labels: {
    en: 'Kalevala',
    fi: 'Kalevala',
    sv: 'Kalevala',
    se: 'Kalevala',
    de: 'Kalevala',
    fr: 'Kalevala',
  },
  descriptions: {
    en: 'Finnish national epic compiled by Elias Lönnrot',
    fi: 'Elias Lönnrotin kokoama Suomen kansalliseepos',
    sv: 'finskt nationalepos sammanställt av Elias Lönnrot',
  },
  claims: [
    { p: 'P31', v: item(Q.literaryWork) },
    { p: 'P31', v: item(Q.epicPoem) },
    { p: 'P1476', v: mono('Kalevala', 'fi') },
    { p: 'P50', v: item(Q.lonnrot) },
    { p: 'P407', v: item(Q.finnish) },
    { p: 'P577', v: time('1835'), rank: 'preferred' },
    { p: 'P577', v: time('1849') },
    image('kalevala'),
  ],
  sitelinks: {
    enwiki: 'Kalevala',
    fiwiki: 'Kalevala',
    fiwikisource: 'Kalevala',
    svwiki: 'Kalevala',
  },
}

const lonnrot: ItemDef = {
  kind: 'item',
  id: Q.lonnrot,
  labels: { en: 'Elias Lönnrot', fi: 'Elias Lönnrot', sv: 'Elias Lönnrot', se: 'Elias Lönnrot' },
  descriptions: {
    en: 'Finnish physician and philologist, compiler of the Kalevala (1802–1884)',
    fi: 'suomalainen lääkäri ja kielentutkija, Kalevalan kokoaja',
  },
  claims: [
    { p: 'P31', v: item(Q.human) },
    { p: 'P21', v: item(Q.male) },
    { p: 'P106', v: item(Q.physician) },
    { p: 'P106', v: item(Q.philologist) },
    { p: 'P569', v: time('1802-04-09') },
    { p: 'P570', v: time('1884-03-19') },
    { p: 'P800', v: item(Q.kalevala) },
    LONNROT_DESCRIBED_BY,
  ],
  sitelinks: { enwiki: 'Elias Lönnrot', fiwiki: 'Elias Lönnrot', svwiki: 'Elias Lönnrot' },
}

const saunaCulture: ItemDef = {
  kind: 'item',
  id: Q.saunaCulture,
  labels: {
    en: 'Sauna culture in Finland',
    fi: 'Saunakulttuuri Suomessa',
    sv: 'Bastukultur i Finland',
    se: 'Sávdneárbevierru Suomas',
    de: 'Saunakultur in Finnland',
    fr: 'Culture du sauna en Finlande',
  },
  descriptions: {
    en: 'element of intangible cultural heritage inscribed by UNESCO in 2020',
    fi: 'Unescon aineettoman kulttuuriperinnön luetteloon vuonna 2020 valittu perinne',
    sv: 'immateriellt kulturarv upptaget på Unescos lista 2020',
  },
  claims: [
    { p: 'P31', v: item(Q.tradition) },
    { p: 'P1269', v: item(Q.sauna) },
    { p: 'P17', v: item(Q.finland) },
    {
      p: 'P3259',
      v: item(Q.ichRepresentativeList),
      q: [{ p: 'P580', v: time('2020-12-17') }],
      refs: [ref('https://ich.unesco.org/en/decisions/15.COM/8.B.27')],
    },
    image('saunaCulture'),
  ],
}

const sammallahdenmaki: ItemDef = {
  kind: 'item',
  id: Q.sammallahdenmaki,
  labels: {
    en: 'Sammallahdenmäki',
    fi: 'Sammallahdenmäki',
    sv: 'Sammallahdenmäki',
    se: 'Sammallahdenmäki',
    de: 'Sammallahdenmäki',
    fr: 'Sammallahdenmäki',
  },
  descriptions: {
    en: 'Bronze Age burial cairn site in Rauma, Finland',
    fi: 'pronssikautinen hautaröykkiöalue Raumalla',
    sv: 'gravröseområde från bronsåldern i Raumo',
  },
  claims: [
    { p: 'P31', v: item(Q.archaeologicalSite) },
    { p: 'P17', v: item(Q.finland) },
    { p: 'P131', v: item(Q.rauma) },
    { p: 'P625', v: coord(61.1177, 21.7752) },
    { p: 'P2348', v: item(Q.bronzeAge) },
    {
      p: 'P571',
      v: somevalue,
      q: [
        { p: 'P1319', v: time('-1500', { precision: 7 }) },
        { p: 'P1326', v: time('-0500', { precision: 7 }) },
        { p: 'P1480', v: item(Q.circa) },
      ],
    },
    {
      p: 'P1435',
      v: item(Q.worldHeritageSite),
      q: [{ p: 'P580', v: time('1999') }],
      refs: [WHC('579')],
    },
    { p: 'P757', v: str('579') },
    image('sammallahdenmaki'),
    { p: 'P373', v: str('Sammallahdenmäki') },
  ],
  sitelinks: {
    commonswiki: 'Category:Sammallahdenmäki',
    enwiki: 'Sammallahdenmäki',
    fiwiki: 'Sammallahdenmäki',
    svwiki: 'Sammallahdenmäki',
  },
}

/** Deliberately without an English label or description: the app must fall back. */
const yoik: ItemDef = {
  kind: 'item',
  id: Q.yoik,
  labels: { se: 'luohti', fi: 'joiku' },
  descriptions: { se: 'sámi árbevirolaš lávlunvuohki', fi: 'saamelainen perinteinen laulutapa' },
  aliases: { se: ['juoiggus'] },
  claims: [{ p: 'P31', v: item(Q.musicGenre) }, image('yoik')],
  sitelinks: { fiwiki: 'Joiku', sewiki: 'Luohti' },
}

const abckiria: ItemDef = {
  kind: 'item',
  id: Q.abckiria,
  labels: { en: 'Abckiria', fi: 'Abckiria', sv: 'Abckiria', se: 'Abckiria' },
  descriptions: {
    en: 'primer by Mikael Agricola, the first book printed in Finnish (1543)',
    fi: 'Mikael Agricolan aapinen, ensimmäinen suomenkielinen kirja',
    sv: 'Mikael Agricolas abc-bok, den första boken på finska',
  },
  aliases: { en: ['ABC book'], fi: ['ABC-kiria', 'ABC-kirja'] },
  claims: [
    { p: 'P31', v: item(Q.writtenWork) },
    { p: 'P1476', v: mono('Abckiria', 'fi') },
    { p: 'P50', v: item(Q.agricola) },
    { p: 'P407', v: item(Q.finnish) },
    { p: 'P577', v: time('1543', julian) },
  ],
  sitelinks: { enwiki: 'Abckiria', fiwiki: 'Abckiria', fiwikisource: 'Abckiria' },
}

const seWsiTestamenti: ItemDef = {
  kind: 'item',
  id: Q.seWsiTestamenti,
  labels: { en: 'Se Wsi Testamenti', fi: 'Se Wsi Testamenti', sv: 'Se Wsi Testamenti' },
  descriptions: {
    en: 'first Finnish translation of the New Testament, by Mikael Agricola (1548)',
    fi: 'Mikael Agricolan suomentama Uusi testamentti (1548)',
  },
  claims: [
    { p: 'P31', v: item(Q.writtenWork) },
    { p: 'P1476', v: mono('Se Wsi Testamenti', 'fi') },
    { p: 'P655', v: item(Q.agricola) },
    { p: 'P407', v: item(Q.finnish) },
    { p: 'P577', v: time('1548', julian) },
  ],
  sitelinks: { fiwiki: 'Se Wsi Testamenti' },
}

// ---------------------------------------------------------------------------------------------
// Supporting entities: labels, descriptions and P31, so that every value has a label.

type Support = [
  key: keyof typeof Q,
  labels: Record<string, string>,
  description: string,
  p31: keyof typeof Q | null,
  extra?: Claim[],
]

const SUPPORT: Support[] = [
  [
    'helsinki',
    { en: 'Helsinki', fi: 'Helsinki', sv: 'Helsingfors', se: 'Helsset', ar: 'هلسنكي' },
    'capital city of Finland',
    'municipalityOfFinland',
    [
      { p: 'P17', v: item(Q.finland) },
      { p: 'P625', v: coord(60.170833, 24.9375) },
    ],
  ],
  [
    'turku',
    { en: 'Turku', fi: 'Turku', sv: 'Åbo' },
    'city in Finland',
    'municipalityOfFinland',
    [{ p: 'P17', v: item(Q.finland) }],
  ],
  [
    'pori',
    { en: 'Pori', fi: 'Pori', sv: 'Björneborg' },
    'city in Finland',
    'municipalityOfFinland',
    [{ p: 'P17', v: item(Q.finland) }],
  ],
  [
    'rauma',
    { en: 'Rauma', fi: 'Rauma', sv: 'Raumo' },
    'city in Finland',
    'municipalityOfFinland',
    [{ p: 'P17', v: item(Q.finland) }],
  ],
  [
    'stockholm',
    { en: 'Stockholm', fi: 'Tukholma', sv: 'Stockholm', se: 'Stockholbma' },
    'capital city of Sweden',
    'city',
    [{ p: 'P17', v: item(Q.sweden) }],
  ],
  [
    'jaala',
    { en: 'Jaala', fi: 'Jaala', sv: 'Jaala' },
    'former municipality of Finland, merged into Kouvola in 2009',
    'municipalityOfFinland',
    [
      { p: 'P17', v: item(Q.finland) },
      { p: 'P131', v: item(Q.kymenlaakso) },
      { p: 'P576', v: time('2009-01-01') },
    ],
  ],
  [
    'perna',
    { en: 'Pernå', fi: 'Pernaja', sv: 'Pernå' },
    'former municipality in Uusimaa, Finland',
    'municipalityOfFinland',
    [{ p: 'P17', v: item(Q.finland) }],
  ],
  [
    'kuolemajarvi',
    { en: 'Kuolemajärvi', fi: 'Kuolemajärvi', sv: 'Kuolemajärvi' },
    'former Finnish municipality on the Karelian Isthmus, now in Russia',
    'municipalityOfFinland',
  ],
  [
    'sweden',
    { en: 'Sweden', fi: 'Ruotsi', sv: 'Sverige', se: 'Ruoŧŧa', ar: 'السويد' },
    'country in Northern Europe',
    'sovereignState',
  ],
  [
    'norway',
    { en: 'Norway', fi: 'Norja', sv: 'Norge', se: 'Norga' },
    'country in Northern Europe',
    'sovereignState',
  ],
  [
    'russia',
    { en: 'Russia', fi: 'Venäjä', sv: 'Ryssland', se: 'Ruošša' },
    'country in Eastern Europe and Northern Asia',
    'sovereignState',
  ],
  [
    'sovietUnion',
    { en: 'Soviet Union', fi: 'Neuvostoliitto', sv: 'Sovjetunionen', se: 'Sovjetlihttu' },
    'former country in Eurasia (1922–1991)',
    'country',
  ],
  [
    'europe',
    { en: 'Europe', fi: 'Eurooppa', sv: 'Europa', se: 'Eurohpá' },
    'continent',
    'continent',
  ],
  [
    'earth',
    { en: 'Earth', fi: 'Maa', sv: 'Jorden', se: 'Eana' },
    'third planet from the Sun',
    null,
  ],
  [
    'unesco',
    { en: 'UNESCO', fi: 'Unesco', sv: 'Unesco', se: 'UNESCO', ar: 'يونسكو' },
    'specialised agency of the United Nations for education, science and culture',
    null,
  ],
  [
    'turkuArtMuseum',
    { en: 'Turku Art Museum', fi: 'Turun taidemuseo', sv: 'Åbo konstmuseum' },
    'art museum in Turku, Finland',
    'artMuseum',
    [
      { p: 'P17', v: item(Q.finland) },
      { p: 'P131', v: item(Q.turku) },
      { p: 'P625', v: coord(60.45408, 22.26182) },
      { p: 'P856', v: str('https://www.turuntaidemuseo.fi/') },
    ],
  ],
  [
    'worldWar2',
    {
      en: 'World War II',
      fi: 'toinen maailmansota',
      sv: 'andra världskriget',
      se: 'Nubbi máilmmisoahti',
    },
    'global war from 1939 to 1945',
    'war',
    [
      { p: 'P580', v: time('1939-09-01') },
      { p: 'P582', v: time('1945-09-02') },
    ],
  ],
  [
    'human',
    { en: 'human', fi: 'ihminen', sv: 'människa', se: 'olmmoš', ar: 'إنسان' },
    'species of hominid',
    null,
  ],
  [
    'male',
    { en: 'male', fi: 'mies', sv: 'man', se: 'dievdu' },
    'to be used in "sex or gender" (P21) to indicate that the human subject is a male',
    null,
  ],
  [
    'worldHeritageSite',
    { en: 'World Heritage Site', fi: 'maailmanperintökohde', sv: 'världsarv', se: 'máilmmiárbi' },
    'place of special cultural or physical significance listed by UNESCO',
    null,
  ],
  [
    'nationalBuiltHeritage',
    {
      en: 'nationally significant built cultural environment',
      fi: 'valtakunnallisesti merkittävä rakennettu kulttuuriympäristö',
      sv: 'byggd kulturmiljö av riksintresse',
    },
    'heritage designation in Finland (RKY)',
    null,
  ],
  [
    'whCriterion4',
    {
      en: 'World Heritage selection criterion (iv)',
      fi: 'maailmanperintökriteeri (iv)',
      sv: 'världsarvskriterium (iv)',
    },
    'outstanding example of a type of building, ensemble or landscape illustrating a significant stage in human history',
    null,
  ],
  [
    'factory',
    { en: 'factory', fi: 'tehdas', sv: 'fabrik' },
    'building or group of buildings where goods are manufactured',
    null,
  ],
  [
    'painting',
    { en: 'painting', fi: 'maalaus', sv: 'målning' },
    'artwork made with paint on a surface',
    null,
  ],
  [
    'municipalityOfFinland',
    { en: 'municipality of Finland', fi: 'Suomen kunta', sv: 'kommun i Finland' },
    'basic administrative division of Finland',
    null,
  ],
  [
    'regionOfFinland',
    { en: 'region of Finland', fi: 'Suomen maakunta', sv: 'landskap i Finland', se: 'eanangoddi' },
    'primary administrative division of Finland',
    null,
  ],
  [
    'country',
    { en: 'country', fi: 'valtio', sv: 'land', se: 'riika' },
    'distinct territorial body or political entity',
    null,
  ],
  [
    'city',
    { en: 'city', fi: 'kaupunki', sv: 'stad', se: 'gávpot' },
    'large human settlement',
    null,
  ],
  ['continent', { en: 'continent', fi: 'maanosa', sv: 'kontinent' }, 'large landmass', null],
  [
    'artMuseum',
    { en: 'art museum', fi: 'taidemuseo', sv: 'konstmuseum' },
    'building or institution that houses works of art',
    null,
  ],
  [
    'sovereignState',
    { en: 'sovereign state', fi: 'itsenäinen valtio', sv: 'suverän stat' },
    'state that has the highest authority over a territory',
    null,
  ],
  [
    'war',
    { en: 'war', fi: 'sota', sv: 'krig', se: 'soahti', ar: 'حرب' },
    'organised and prolonged violent conflict between states',
    null,
  ],
  [
    'sauna',
    { en: 'sauna', fi: 'sauna', sv: 'bastu', se: 'sávdni', ar: 'ساونا', de: 'Sauna' },
    'small room or building designed as a place to experience dry or wet heat sessions',
    null,
  ],
  [
    'tradition',
    { en: 'tradition', fi: 'perinne', sv: 'tradition', se: 'árbevierru' },
    'belief or behavior passed down within a group or society',
    null,
  ],
  [
    'archaeologicalSite',
    { en: 'archaeological site', fi: 'muinaisjäännös', sv: 'fornlämning' },
    'place in which evidence of past activity is preserved',
    null,
  ],
  [
    'bronzeAge',
    { en: 'Bronze Age', fi: 'pronssikausi', sv: 'bronsålder' },
    'prehistoric period characterised by the use of bronze',
    null,
  ],
  [
    'musicGenre',
    { en: 'music genre', fi: 'musiikkityyli', sv: 'musikgenre' },
    'category of music',
    null,
  ],
  [
    'writtenWork',
    { en: 'written work', fi: 'kirjallinen teos', sv: 'skriftligt verk' },
    'any work expressed in writing',
    null,
  ],
  [
    'literaryWork',
    { en: 'literary work', fi: 'kirjallisuusteos', sv: 'litterärt verk' },
    'creative work of literature',
    null,
  ],
  ['epicPoem', { en: 'epic poem', fi: 'eepos', sv: 'epos' }, 'lengthy narrative poem', null],
  [
    'construction',
    { en: 'construction', fi: 'rakentaminen', sv: 'byggande' },
    'process of building',
    null,
  ],
  ['fire', { en: 'fire', fi: 'tulipalo', sv: 'brand' }, 'rapid oxidation of a material', null],
  ['tempera', { en: 'tempera', fi: 'tempera', sv: 'tempera' }, 'painting medium', null],
  ['canvas', { en: 'canvas', fi: 'kangas', sv: 'duk' }, 'painting surface', null],
  [
    'priest',
    { en: 'priest', fi: 'pappi', sv: 'präst', se: 'báhppa' },
    'religious leader authorized to perform sacred rituals',
    null,
  ],
  [
    'bishop',
    { en: 'bishop', fi: 'piispa', sv: 'biskop', se: 'bismá' },
    'ordained member of the Christian clergy',
    null,
  ],
  [
    'translator',
    { en: 'translator', fi: 'kääntäjä', sv: 'översättare' },
    'person who translates texts between languages',
    null,
  ],
  [
    'painter',
    { en: 'painter', fi: 'taidemaalari', sv: 'målare' },
    'person who practices painting as an artist',
    null,
  ],
  [
    'physician',
    { en: 'physician', fi: 'lääkäri', sv: 'läkare' },
    'professional who practices medicine',
    null,
  ],
  [
    'philologist',
    { en: 'philologist', fi: 'filologi', sv: 'filolog' },
    'scholar of philology',
    null,
  ],
  [
    'finnish',
    { en: 'Finnish', fi: 'suomi', sv: 'finska', se: 'suomagiella' },
    'Finnic language',
    null,
  ],
  [
    'swedish',
    { en: 'Swedish', fi: 'ruotsi', sv: 'svenska', se: 'ruoŧagiella' },
    'North Germanic language',
    null,
  ],
  [
    'northernSami',
    { en: 'Northern Sami', fi: 'pohjoissaame', sv: 'nordsamiska', se: 'davvisámegiella' },
    'Sami language',
    null,
  ],
  [
    'english',
    { en: 'English', fi: 'englanti', sv: 'engelska', se: 'eaŋgalsgiella' },
    'West Germanic language',
    null,
  ],
  [
    'latin',
    { en: 'Latin', fi: 'latina', sv: 'latin', se: 'láhtengiella' },
    'Italic language of ancient Rome',
    null,
  ],
  [
    'squareKilometre',
    { en: 'square kilometre', fi: 'neliökilometri', sv: 'kvadratkilometer' },
    'unit of area',
    null,
  ],
  ['hectare', { en: 'hectare', fi: 'hehtaari', sv: 'hektar' }, 'unit of area', null],
  ['centimetre', { en: 'centimetre', fi: 'senttimetri', sv: 'centimeter' }, 'unit of length', null],
  ['circa', { en: 'circa', fi: 'noin', sv: 'cirka' }, 'qualifier: the value is approximate', null],
  [
    'gregorian',
    {
      en: 'proleptic Gregorian calendar',
      fi: 'gregoriaaninen kalenteri',
      sv: 'gregorianska kalendern',
    },
    'calendar model',
    null,
  ],
  [
    'julian',
    { en: 'proleptic Julian calendar', fi: 'juliaaninen kalenteri', sv: 'julianska kalendern' },
    'calendar model',
    null,
  ],
  [
    'ichRepresentativeList',
    {
      en: 'Representative List of the Intangible Cultural Heritage of Humanity',
      fi: 'ihmiskunnan aineettoman kulttuuriperinnön edustava luettelo',
      sv: 'representativa listan över mänsklighetens immateriella kulturarv',
    },
    'UNESCO list of intangible cultural heritage elements',
    null,
  ],
  [
    'vainamoinen',
    { en: 'Väinämöinen', fi: 'Väinämöinen', sv: 'Väinämöinen' },
    'central character of the Kalevala',
    null,
  ],
  ['louhi', { en: 'Louhi', fi: 'Louhi', sv: 'Louhi' }, 'mistress of Pohjola in the Kalevala', null],
  ['sampo', { en: 'Sampo', fi: 'Sampo', sv: 'Sampo' }, 'magical artifact in the Kalevala', null],
]

const SUPPORT_DESCRIPTIONS_FI: Partial<Record<keyof typeof Q, string>> = {
  helsinki: 'Suomen pääkaupunki',
  jaala: 'entinen kunta, liitetty Kouvolaan 2009',
  perna: 'entinen kunta Itä-Uudellamaalla',
  kuolemajarvi: 'entinen pitäjä Karjalankannaksella',
  turkuArtMuseum: 'taidemuseo Turussa',
  worldHeritageSite: 'Unescon maailmanperintöluetteloon merkitty kohde',
}

function supportItem([key, labels, description, p31, extra]: Support): ItemDef {
  const claims: Claim[] = []
  if (p31) claims.push({ p: 'P31', v: item(Q[p31]) })
  claims.push(...(extra ?? []))
  const descriptions: Record<string, string> = { en: description }
  const fi = SUPPORT_DESCRIPTIONS_FI[key]
  if (fi) descriptions.fi = fi
  return { kind: 'item', id: Q[key], labels, descriptions, claims }
}

/** Exactly one entity with hostile text, for sanitizer tests. Synthetic; see SOURCES.md. */
const hostile: ItemDef = {
  kind: 'item',
  id: Q.hostile,
  labels: {
    en: '<script>alert(1)</script>',
    fi: '<img src=x onerror=alert(1)>',
  },
  descriptions: {
    en: '<img src=x onerror=alert(1)> test-only entity with HTML in its terms',
    fi: '<script>alert(1)</script> vain testejä varten',
  },
  aliases: { en: ['"><svg onload=alert(1)>'] },
  claims: [{ p: 'P31', v: item(Q.human) }],
}

export const MAIN_TOPICS: ItemDef[] = [
  verla,
  kouvola,
  kymenlaakso,
  finland,
  agricola,
  winterWar,
  defenseOfTheSampo,
  gallenKallela,
  kalevala,
  lonnrot,
  saunaCulture,
  sammallahdenmaki,
  yoik,
  abckiria,
  seWsiTestamenti,
]

/** Every item of the world, main topics first. */
export const ITEMS: ItemDef[] = [
  ...MAIN_TOPICS,
  ...SUPPORT.map(supportItem),
  hostile,
  ...MAP_ITEMS,
  ...VIZ_ITEMS,
  ...RELATION_ITEMS,
  ...TEXT_ITEMS,
]

/** Redirects: file id -> target id (the file holds the target entity, as EntityData does). */
export const REDIRECTS: Record<string, string> = { [Q.redirectToVerla]: Q.verla }

/** Ids that are allowed to carry HTML-looking text in their terms. */
export const HOSTILE_IDS = new Set<string>([Q.hostile])
