/**
 * The demo world's Commons: file records, the category tree and UploadWizard campaigns.
 * Photographs are placeholders (the double draws the pixels); their titles, uploaders and dates
 * are made up, and the uploaders are plainly fictional. Historical artworks carry their real
 * artist and are in the public domain. See demo-world/SOURCES.md.
 */
import { Q } from './ids.ts'

export type License = 'cc-by-sa-4.0' | 'cc-by-4.0' | 'cc0' | 'pd'
type Multi = string | Record<string, string>

export interface CommonsFile {
  /** File name without the "File:" prefix, spaces as on the wiki. */
  name: string
  /** Topic key (in world.ts) whose P18 this file is. */
  p18?: string
  mime: string
  width: number
  height: number
  size: number
  timestamp: string
  user: string
  description: Multi
  date: string
  artist: string
  credit: string
  license: License
  restrictions?: string
  categories: string[]
  depicts: string[]
  coordinates?: { lat: number; lon: number }
  captions?: Record<string, string>
  /** TimedText subtitles by language: WebVTT cues (written to commons/timedtext/). */
  subtitles?: Record<string, string>
}

const userLink = (user: string): string =>
  `<a href="//commons.wikimedia.org/wiki/User:${user}" title="User:${user}">${user}</a>`
const OWN = '<span class="int-own-work" lang="en">Own work</span>'

/** Plainly fictional uploaders. */
const U = {
  example: 'ExamplePhotographer',
  esimerkki: 'Esimerkkikuvaaja',
  demo: 'DemoUploader',
  exempel: 'Exempelfotograf',
} as const

export const FILES: CommonsFile[] = [
  // Verla ---------------------------------------------------------------------------------
  {
    name: 'Verla board mill and dam, Kouvola.jpg',
    p18: 'verla',
    mime: 'image/jpeg',
    width: 4000,
    height: 2667,
    size: 5123456,
    timestamp: '2019-09-02T18:22:41Z',
    user: U.example,
    description: {
      en: 'The red-brick board mill of Verla and the dam on the Verlankoski rapids.',
      fi: 'Verlan punatiilinen pahvitehdas ja Verlankosken pato.',
      sv: 'Verla pappfabrik i rött tegel och dammen vid Verlankoski.',
    },
    date: '2019-07-14 12:31:05',
    artist: userLink(U.example),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Verla groundwood and board mill', 'Uploaded via Campaign:wlm-fi'],
    depicts: [Q.verla],
    coordinates: { lat: 61.0622, lon: 26.6398 },
    captions: {
      en: 'Verla board mill seen from the river',
      fi: 'Verlan pahvitehdas joelta nähtynä',
    },
  },
  {
    name: 'Verla mill interior with wood grinders.jpg',
    mime: 'image/jpeg',
    width: 3000,
    height: 2000,
    size: 2876543,
    timestamp: '2020-08-11T09:05:12Z',
    user: U.esimerkki,
    description: {
      en: 'Wood grinders inside the Verla groundwood mill.',
      fi: 'Puuhiomakoneita Verlan hiomon sisällä.',
    },
    date: '2020-08-10 14:02:33',
    artist: userLink(U.esimerkki),
    credit: OWN,
    license: 'cc-by-4.0',
    categories: ['Verla groundwood and board mill'],
    depicts: [Q.verla],
  },
  {
    name: 'Verla drying loft.jpg',
    mime: 'image/jpeg',
    width: 2400,
    height: 3600,
    size: 1987654,
    timestamp: '2021-06-20T16:40:00Z',
    user: U.demo,
    description: 'Board drying loft at Verla.',
    date: '2021-06-19',
    artist: userLink(U.demo),
    credit: OWN,
    license: 'cc0',
    categories: ['Verla groundwood and board mill'],
    depicts: [Q.verla],
    coordinates: { lat: 61.0619, lon: 26.6404 },
  },
  {
    name: "Verla manager's house in winter.jpg",
    mime: 'image/jpeg',
    width: 3264,
    height: 2448,
    size: 2345678,
    timestamp: '2022-02-14T10:10:10Z',
    user: U.demo,
    description: { en: "The mill manager's wooden house at Verla in winter." },
    date: '2022-02-12 11:45:00',
    // Hostile on purpose: the app must sanitize Artist (see SOURCES.md).
    artist: `${userLink(U.demo)}<script>alert('artist')</script>`,
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Verla groundwood and board mill'],
    depicts: [Q.verla],
  },
  // Kouvola -------------------------------------------------------------------------------
  {
    name: 'Kouvola railway station.jpg',
    p18: 'kouvola',
    mime: 'image/jpeg',
    width: 4032,
    height: 3024,
    size: 3456789,
    timestamp: '2018-05-03T07:30:00Z',
    user: U.esimerkki,
    description: {
      en: 'Kouvola railway station.',
      fi: 'Kouvolan rautatieasema.',
      sv: 'Kouvola järnvägsstation.',
    },
    date: '2018-05-01 09:12:44',
    artist: userLink(U.esimerkki),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Kouvola'],
    depicts: [Q.kouvola],
    coordinates: { lat: 60.8664, lon: 26.7051 },
  },
  {
    name: 'Kymijoki river at Kuusankoski, Kouvola.jpg',
    mime: 'image/jpeg',
    width: 5000,
    height: 3000,
    size: 4567890,
    timestamp: '2020-10-01T12:00:00Z',
    user: U.exempel,
    description: {
      en: 'The river Kymijoki at Kuusankoski in Kouvola.',
      sv: 'Kymmene älv vid Kuusankoski i Kouvola.',
    },
    date: '2020-09-27 15:20:00',
    artist: userLink(U.exempel),
    credit: OWN,
    license: 'cc-by-4.0',
    categories: ['Kouvola', 'Kymijoki'],
    depicts: [Q.kouvola],
  },
  {
    name: 'Kouvola city centre from the water tower.jpg',
    mime: 'image/jpeg',
    width: 3000,
    height: 2000,
    size: 2100000,
    timestamp: '2023-07-07T07:07:07Z',
    user: U.demo,
    description: 'Kouvola city centre seen from above.',
    date: '2023-07-06',
    artist: userLink(U.demo),
    credit: OWN,
    license: 'cc0',
    categories: ['Kouvola'],
    depicts: [Q.kouvola],
  },
  // Kymenlaakso ---------------------------------------------------------------------------
  {
    name: 'Langinkoski rapids, Kymenlaakso.jpg',
    p18: 'kymenlaakso',
    mime: 'image/jpeg',
    width: 4000,
    height: 3000,
    size: 3900000,
    timestamp: '2019-08-20T08:00:00Z',
    user: U.example,
    description: { en: 'Langinkoski rapids on the river Kymijoki.', fi: 'Langinkoski Kymijoessa.' },
    date: '2019-08-18 13:00:00',
    artist: userLink(U.example),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Kymenlaakso', 'Kymijoki'],
    depicts: [Q.kymenlaakso],
  },
  {
    name: 'Kymenlaakso in Finland.svg',
    mime: 'image/svg+xml',
    width: 512,
    height: 1024,
    size: 48213,
    timestamp: '2021-01-05T12:34:56Z',
    user: U.exempel,
    description: {
      en: 'Location of Kymenlaakso in Finland.',
      fi: 'Kymenlaakson sijainti Suomessa.',
      sv: 'Kymmenedalens läge i Finland.',
    },
    date: '2021-01-05',
    artist: userLink(U.exempel),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Kymenlaakso', 'Regions of Finland'],
    depicts: [Q.kymenlaakso, Q.finland],
  },
  {
    name: 'Kymenlaakso coastline near Kotka.jpg',
    mime: 'image/jpeg',
    width: 3600,
    height: 2400,
    size: 3100000,
    timestamp: '2022-06-30T19:00:00Z',
    user: U.esimerkki,
    description: { fi: 'Kymenlaakson rannikkoa Kotkan lähellä.' },
    date: '2022-06-29 21:30:00',
    artist: userLink(U.esimerkki),
    credit: OWN,
    license: 'cc-by-4.0',
    categories: ['Kymenlaakso', 'Kotka'],
    depicts: [Q.kymenlaakso],
    coordinates: { lat: 60.4664, lon: 26.9459 },
  },
  // Finland -------------------------------------------------------------------------------
  {
    name: 'Finnish lake landscape in summer.jpg',
    p18: 'finland',
    mime: 'image/jpeg',
    width: 6000,
    height: 4000,
    size: 8123456,
    timestamp: '2017-07-15T20:00:00Z',
    user: U.example,
    description: {
      en: 'A lake landscape in Finland in summer.',
      fi: 'Järvimaisema Suomessa kesällä.',
      sv: 'Ett sjölandskap i Finland på sommaren.',
      ar: 'منظر بحيرة في فنلندا في الصيف.',
    },
    date: '2017-07-14 22:10:00',
    artist: userLink(U.example),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Finland'],
    depicts: [Q.finland],
    captions: { en: 'Finnish lake landscape', ar: 'منظر بحيرة فنلندية' },
  },
  {
    name: 'Helsinki Senate Square.jpg',
    mime: 'image/jpeg',
    width: 4000,
    height: 2250,
    size: 4400000,
    timestamp: '2016-03-03T11:11:11Z',
    user: U.demo,
    description: {
      en: 'Senate Square in Helsinki.',
      fi: 'Senaatintori Helsingissä.',
      sv: 'Senatstorget i Helsingfors.',
    },
    date: '2016-03-01 12:00:00',
    artist: userLink(U.demo),
    credit: OWN,
    license: 'cc0',
    categories: ['Helsinki'],
    depicts: [Q.helsinki, Q.finland],
    coordinates: { lat: 60.1695, lon: 24.9525 },
  },
  {
    name: 'Northern lights over Finnish Lapland.jpg',
    mime: 'image/jpeg',
    width: 5472,
    height: 3648,
    size: 6200000,
    timestamp: '2024-01-20T23:00:00Z',
    user: U.exempel,
    description: { en: 'Aurora borealis over a forest in northern Finland.' },
    date: '2024-01-19 23:48:00',
    artist: userLink(U.exempel),
    credit: OWN,
    license: 'cc-by-4.0',
    categories: ['Finland'],
    depicts: [Q.finland],
  },
  // Mikael Agricola -----------------------------------------------------------------------
  {
    name: 'Albert Edelfelt - Mikael Agricola translating the New Testament.jpg',
    p18: 'agricola',
    mime: 'image/jpeg',
    width: 1200,
    height: 1600,
    size: 987654,
    timestamp: '2015-04-09T09:00:00Z',
    user: U.esimerkki,
    description: {
      en: 'Mikael Agricola translating the New Testament, drawing by Albert Edelfelt.',
      fi: 'Mikael Agricola kääntämässä Uutta testamenttia, Albert Edelfeltin piirros.',
    },
    date: '',
    artist:
      '<a href="https://en.wikipedia.org/wiki/Albert_Edelfelt" class="extiw" title="en:Albert Edelfelt">Albert Edelfelt</a> (1854–1905)',
    credit: 'Scan of a printed reproduction',
    license: 'pd',
    categories: ['Mikael Agricola'],
    depicts: [Q.agricola],
  },
  {
    name: 'Abckiria 1543 facsimile.pdf',
    mime: 'application/pdf',
    width: 1240,
    height: 1754,
    size: 15234567,
    timestamp: '2016-04-09T10:00:00Z',
    user: U.demo,
    description: {
      en: 'Facsimile of Abckiria by Mikael Agricola.',
      fi: 'Mikael Agricolan Abckirian näköispainos.',
    },
    date: '1543',
    artist: 'Mikael Agricola',
    credit: 'Digitized facsimile',
    license: 'pd',
    categories: ['Abckiria', 'Mikael Agricola'],
    depicts: [Q.abckiria, Q.agricola],
  },
  {
    name: 'Mikael Agricola monument in Vyborg.jpg',
    mime: 'image/jpeg',
    width: 2448,
    height: 3264,
    size: 2700000,
    timestamp: '2019-04-09T12:00:00Z',
    user: U.example,
    description: {
      en: 'Monument to Mikael Agricola in Vyborg.',
      fi: 'Mikael Agricolan muistomerkki Viipurissa.',
    },
    date: '2019-04-08 10:00:00',
    artist: userLink(U.example),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Mikael Agricola'],
    depicts: [Q.agricola],
  },
  // Winter War ----------------------------------------------------------------------------
  {
    name: 'Finnish ski troops in the Winter War, 1940.jpg',
    p18: 'winterWar',
    mime: 'image/jpeg',
    width: 2000,
    height: 1500,
    size: 1500000,
    timestamp: '2014-11-30T10:00:00Z',
    user: U.esimerkki,
    description: {
      en: 'Finnish ski troops during the Winter War.',
      fi: 'Suomalaisia hiihtojoukkoja talvisodassa.',
    },
    date: '1940',
    artist: 'Unknown photographer',
    credit: 'Finnish Wartime Photograph Archive (SA-kuva)',
    license: 'pd',
    categories: ['Winter War'],
    depicts: [Q.winterWar],
  },
  {
    name: 'Winter War memorial.jpg',
    mime: 'image/jpeg',
    width: 3000,
    height: 4000,
    size: 3300000,
    timestamp: '2019-11-30T12:00:00Z',
    user: U.exempel,
    description: {
      en: 'A memorial to those who fell in the Winter War.',
      sv: 'Ett minnesmärke över de stupade i vinterkriget.',
    },
    date: '2019-11-30 11:00:00',
    artist: userLink(U.exempel),
    credit: OWN,
    license: 'cc-by-4.0',
    categories: ['Winter War'],
    depicts: [Q.winterWar],
  },
  {
    name: 'Winter War 1939-1940 map.png',
    mime: 'image/png',
    width: 1600,
    height: 2000,
    size: 654321,
    timestamp: '2020-03-13T13:00:00Z',
    user: U.demo,
    description: {
      en: 'Map of the fronts of the Winter War.',
      fi: 'Talvisodan rintamat kartalla.',
    },
    date: '2020-03-13',
    artist: userLink(U.demo),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Winter War'],
    depicts: [Q.winterWar, Q.finland, Q.sovietUnion],
  },
  // The Defense of the Sampo ---------------------------------------------------------------
  {
    name: 'Sammon puolustus.jpg',
    p18: 'defenseOfTheSampo',
    mime: 'image/jpeg',
    width: 2954,
    height: 2880,
    size: 3987654,
    timestamp: '2013-02-28T12:00:00Z',
    user: U.esimerkki,
    description: {
      en: 'The Defense of the Sampo by Akseli Gallen-Kallela, 1896, tempera on canvas, Turku Art Museum.',
      fi: 'Akseli Gallen-Kallela: Sammon puolustus, 1896, tempera kankaalle, Turun taidemuseo.',
      sv: 'Akseli Gallen-Kallela: Försvaret av Sampo, 1896, tempera på duk, Åbo konstmuseum.',
    },
    date: '1896',
    artist:
      '<a href="https://en.wikipedia.org/wiki/Akseli_Gallen-Kallela" class="extiw" title="en:Akseli Gallen-Kallela">Akseli Gallen-Kallela</a>',
    credit: 'Turku Art Museum',
    license: 'pd',
    categories: ['The Defense of the Sampo'],
    depicts: [Q.defenseOfTheSampo, Q.vainamoinen, Q.louhi, Q.sampo],
  },
  {
    name: 'Gallen-Kallela Sammon puolustus detail Louhi.jpg',
    mime: 'image/jpeg',
    width: 1500,
    height: 1500,
    size: 1234567,
    timestamp: '2013-03-01T12:00:00Z',
    user: U.esimerkki,
    description: { en: 'Detail of The Defense of the Sampo showing Louhi as a giant bird.' },
    date: '1896',
    artist: 'Akseli Gallen-Kallela',
    credit: 'Turku Art Museum',
    license: 'pd',
    categories: ['The Defense of the Sampo'],
    depicts: [Q.defenseOfTheSampo, Q.louhi],
  },
  {
    name: 'Turku Art Museum building.jpg',
    mime: 'image/jpeg',
    width: 4000,
    height: 3000,
    size: 4100000,
    timestamp: '2018-09-09T09:09:09Z',
    user: U.example,
    description: {
      en: 'Turku Art Museum on Puolalanmäki hill.',
      fi: 'Turun taidemuseo Puolalanmäellä.',
    },
    date: '2018-09-08 16:00:00',
    artist: userLink(U.example),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Turku Art Museum'],
    depicts: [Q.turkuArtMuseum],
    coordinates: { lat: 60.45408, lon: 22.26182 },
  },
  // Akseli Gallen-Kallela -----------------------------------------------------------------
  {
    name: 'Akseli Gallen-Kallela portrait photograph.jpg',
    p18: 'gallenKallela',
    mime: 'image/jpeg',
    width: 800,
    height: 1100,
    size: 345678,
    timestamp: '2012-04-26T12:00:00Z',
    user: U.exempel,
    description: {
      en: 'Portrait photograph of Akseli Gallen-Kallela.',
      fi: 'Muotokuvavalokuva Akseli Gallen-Kallelasta.',
    },
    date: '',
    artist: 'Unknown photographer',
    credit: 'Scan of a historical photograph',
    license: 'pd',
    categories: ['Akseli Gallen-Kallela'],
    depicts: [Q.gallenKallela],
  },
  {
    name: 'Gallen-Kallela Museum, Espoo.jpg',
    mime: 'image/jpeg',
    width: 4000,
    height: 2667,
    size: 3700000,
    timestamp: '2021-05-05T05:05:05Z',
    user: U.demo,
    description: {
      en: "Akseli Gallen-Kallela's former studio home, now the Gallen-Kallela Museum.",
    },
    date: '2021-05-04 12:00:00',
    artist: userLink(U.demo),
    credit: OWN,
    license: 'cc-by-4.0',
    categories: ['Akseli Gallen-Kallela'],
    depicts: [Q.gallenKallela],
  },
  {
    name: 'Kalevala1.jpg',
    p18: 'kalevala',
    mime: 'image/jpeg',
    width: 900,
    height: 1400,
    size: 456789,
    timestamp: '2010-02-28T12:00:00Z',
    user: U.esimerkki,
    description: {
      en: 'Title page of the first edition of the Kalevala, 1835.',
      fi: 'Kalevalan ensimmäisen painoksen nimiösivu, 1835.',
    },
    date: '1835',
    artist: 'Elias Lönnrot (compiler); J. C. Frenckell ja Poika (printer)',
    credit: 'Scan of the 1835 edition',
    license: 'pd',
    categories: ['Kalevala'],
    depicts: [Q.kalevala],
  },
  // Sauna culture in Finland --------------------------------------------------------------
  {
    name: 'Smoke sauna by a lake in Finland.jpg',
    p18: 'saunaCulture',
    mime: 'image/jpeg',
    width: 4000,
    height: 3000,
    size: 3600000,
    timestamp: '2020-12-17T18:00:00Z',
    user: U.esimerkki,
    description: {
      en: 'A smoke sauna on a lake shore.',
      fi: 'Savusauna järven rannalla.',
      sv: 'En rökbastu vid en sjöstrand.',
    },
    date: '2020-08-08 19:30:00',
    artist: userLink(U.esimerkki),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Sauna culture in Finland', 'Saunas in Finland'],
    depicts: [Q.saunaCulture, Q.sauna],
    captions: { en: 'Smoke sauna', fi: 'Savusauna', se: 'Suovasávdni' },
  },
  {
    name: 'Throwing löyly on sauna stones.webm',
    mime: 'video/webm',
    width: 1920,
    height: 1080,
    size: 18765432,
    timestamp: '2021-02-02T20:00:00Z',
    user: U.demo,
    description: {
      en: 'Water thrown on hot sauna stones turns into löyly.',
      fi: 'Kiukaalle heitetty vesi nousee löylynä.',
    },
    date: '2021-02-01',
    artist: userLink(U.demo),
    credit: OWN,
    license: 'cc-by-4.0',
    categories: ['Sauna culture in Finland'],
    depicts: [Q.saunaCulture],
    // Descriptive captions of what the (placeholder) video shows.
    subtitles: {
      en: '00:00.000 --> 00:04.000\n[Water hisses on the hot stones]',
      fi: '00:00.000 --> 00:04.000\n[Vesi sihisee kuumilla kiuaskivillä]',
    },
  },
  {
    name: 'Public sauna building in Helsinki.jpg',
    mime: 'image/jpeg',
    width: 3000,
    height: 2000,
    size: 2500000,
    timestamp: '2022-11-11T11:00:00Z',
    user: U.example,
    description: { en: 'A traditional public sauna building in Helsinki.' },
    date: '2022-11-10 10:00:00',
    artist: userLink(U.example),
    credit: OWN,
    license: 'cc0',
    categories: ['Saunas in Finland', 'Helsinki'],
    depicts: [Q.saunaCulture, Q.helsinki],
  },
  // Sammallahdenmäki ----------------------------------------------------------------------
  {
    name: 'Sammallahdenmäki Kirkonlaattia cairn.jpg',
    p18: 'sammallahdenmaki',
    mime: 'image/jpeg',
    width: 4000,
    height: 3000,
    size: 4200000,
    timestamp: '2019-06-06T06:06:06Z',
    user: U.exempel,
    description: {
      en: 'The rectangular Kirkonlaattia cairn at Sammallahdenmäki.',
      fi: 'Kirkonlaattia-niminen nelikulmainen röykkiö Sammallahdenmäellä.',
    },
    date: '2019-06-05 17:00:00',
    artist: userLink(U.exempel),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Sammallahdenmäki'],
    depicts: [Q.sammallahdenmaki],
    coordinates: { lat: 61.1175, lon: 21.7748 },
  },
  {
    name: 'Bronze Age cairns at Sammallahdenmäki, Rauma.jpg',
    mime: 'image/jpeg',
    width: 3200,
    height: 2400,
    size: 2900000,
    timestamp: '2020-05-05T12:00:00Z',
    user: U.example,
    description: { en: 'Granite burial cairns from the Bronze Age at Sammallahdenmäki.' },
    date: '2020-05-04 14:00:00',
    artist: userLink(U.example),
    credit: OWN,
    license: 'cc-by-4.0',
    categories: ['Sammallahdenmäki', 'Bronze Age in Finland'],
    depicts: [Q.sammallahdenmaki],
    coordinates: { lat: 61.118, lon: 21.7758 },
  },
  {
    name: 'Sammallahdenmäki heath and cairn field.jpg',
    mime: 'image/jpeg',
    width: 3000,
    height: 2000,
    size: 2200000,
    timestamp: '2023-08-01T08:00:00Z',
    user: U.demo,
    description: 'Rocky heath with cairns at Sammallahdenmäki.',
    date: '2023-07-30',
    artist: userLink(U.demo),
    credit: OWN,
    license: 'cc0',
    categories: ['Sammallahdenmäki'],
    depicts: [Q.sammallahdenmaki],
  },
  // Yoik ----------------------------------------------------------------------------------
  {
    name: 'Luohti performer at a Sami festival.jpg',
    p18: 'yoik',
    mime: 'image/jpeg',
    width: 3000,
    height: 4000,
    size: 3000000,
    timestamp: '2023-04-01T15:00:00Z',
    user: U.esimerkki,
    description: { se: 'Luohti lávlu festiválas.', fi: 'Joikaaja festivaaleilla.' },
    date: '2023-03-31 20:00:00',
    artist: userLink(U.esimerkki),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    restrictions: 'personality',
    categories: ['Yoik'],
    depicts: [Q.yoik],
  },
  {
    name: 'Luohti sung at a lakeside, sound recording.oga',
    mime: 'audio/ogg',
    width: 0,
    height: 0,
    size: 1456789,
    timestamp: '2023-04-02T10:00:00Z',
    user: U.esimerkki,
    description: {
      se: 'Luohti juoigaluvvo jávrregáttis.',
      fi: 'Luohti joikattuna järven rannalla.',
    },
    date: '2023-03-31 21:10:00',
    artist: userLink(U.esimerkki),
    credit: OWN,
    license: 'cc-by-sa-4.0',
    categories: ['Yoik'],
    depicts: [Q.yoik],
  },
  // Kalevala ------------------------------------------------------------------------------
  {
    name: 'Kalevala 1835 first edition.djvu',
    mime: 'image/vnd.djvu',
    width: 1400,
    height: 2100,
    size: 9876543,
    timestamp: '2011-02-28T12:00:00Z',
    user: U.exempel,
    description: {
      en: 'The first edition of the Kalevala (1835), scanned, both volumes.',
      fi: 'Kalevalan ensimmäinen painos (1835) skannattuna, molemmat osat.',
    },
    date: '1835',
    artist: 'Elias Lönnrot (compiler)',
    credit: 'Scan of the 1835 edition',
    license: 'pd',
    categories: ['Kalevala'],
    depicts: [Q.kalevala],
  },
]

/**
 * A large synthetic category for the gallery's size targets (2,000 files in the DOM budget and the
 * heap budget), written compactly as one series (see tests/double/commons-series.ts). The files are
 * placeholders and say so in their descriptions; they are not real Commons files.
 */
export const TEST_SET_CATEGORY = 'Verla mill photographs (Kooste test set)'

/** A series of similar file records, expanded by the double: `{n}` is the file's number. */
export interface FileSeries {
  /** File name under commons/series/. */
  file: string
  count: number
  title: string
  record: Record<string, unknown>
  /** Dotted path → values; file n takes value (n - 1) % length (objects are merged). */
  cycle: Record<string, unknown[]>
}

const testSetVariants = Array.from({ length: 40 }, (_, i) => {
  // Even variants are archive photographs of the working mill, odd ones recent visits.
  if (i % 2 === 0) {
    const year = 1890 + ((i * 7) % 74)
    return {
      DateTimeOriginal: String(year),
      Artist: 'Unknown photographer',
      Credit: 'Verla mill archive (placeholder)',
      ...licenceFields('pd'),
    }
  }
  const users = [U.example, U.esimerkki, U.demo]
  const licences: License[] = ['cc-by-sa-4.0', 'cc-by-4.0', 'cc0']
  const year = 2005 + ((i * 3) % 20)
  return {
    DateTimeOriginal: `${year}-0${1 + (i % 9)}-1${i % 10} 12:00:00`,
    Artist: userLink(users[i % 3]!),
    Credit: OWN,
    ...licenceFields(licences[(i >> 1) % 3]!),
  }
})

export const SERIES: FileSeries[] = [
  {
    file: 'verla-test-set.json',
    count: 2000,
    title: 'File:Verla mill test photograph {n}.jpg',
    record: {
      mime: 'image/jpeg',
      size: 2345678,
      timestamp: '2024-05-05T12:00:00Z',
      user: U.demo,
      extmetadata: {
        ObjectName: 'Verla mill test photograph {n}',
        ImageDescription: {
          en: 'Placeholder {n} of a synthetic test set for the Kooste gallery; not a real Commons file.',
          fi: 'Kooste-galleriaa varten tehdyn testijoukon paikkamerkki {n}; ei oikea Commons-tiedosto.',
        },
        Restrictions: '',
      },
      categories: [TEST_SET_CATEGORY],
      statements: {},
    },
    cycle: {
      width: [4000, 3000, 2400, 3264],
      height: [3000, 2000, 3600, 2448],
      extmetadata: testSetVariants,
      'statements.P180': [[Q.verla, Q.factory], [Q.factory], []],
    },
  },
]

/** The category tree; subcategories are derived from parents. One loop, on purpose. */
export const CATEGORIES: Record<string, string[]> = {
  [TEST_SET_CATEGORY]: ['Verla groundwood and board mill'],
  'Verla groundwood and board mill': [
    'World Heritage Sites in Finland',
    'Kouvola',
    'Industrial heritage in Finland',
  ],
  'World Heritage Sites in Finland': ['World Heritage Sites by country', 'Finland'],
  'World Heritage Sites by country': ['World Heritage Sites'],
  'World Heritage Sites': [],
  'Industrial heritage in Finland': ['Finland'],
  Kouvola: ['Kymenlaakso', 'Cities in Finland'],
  Kotka: ['Kymenlaakso', 'Cities in Finland'],
  Helsinki: ['Cities in Finland'],
  Turku: ['Cities in Finland'],
  Rauma: ['Cities in Finland'],
  'Cities in Finland': ['Finland'],
  Kymijoki: ['Kymenlaakso', 'Rivers of Finland'],
  'Rivers of Finland': ['Finland'],
  Kymenlaakso: ['Regions of Finland'],
  'Regions of Finland': ['Finland'],
  Finland: ['Countries of Europe'],
  'Countries of Europe': ['Europe'],
  Europe: [],
  'Mikael Agricola': ['People of Finland', 'Bishops of Turku'],
  Abckiria: ['Mikael Agricola', 'Finnish literature'],
  'Bishops of Turku': ['Turku'],
  'People of Finland': ['Finland'],
  'Finnish literature': ['Finland'],
  Kalevala: ['Finnish literature'],
  'Winter War': ['Wars involving Finland', 'World War II'],
  'Wars involving Finland': ['Finland'],
  'World War II': [],
  'The Defense of the Sampo': [
    'Paintings by Akseli Gallen-Kallela',
    'Collections of the Turku Art Museum',
    'Kalevala',
  ],
  'Paintings by Akseli Gallen-Kallela': ['Akseli Gallen-Kallela', 'Paintings from Finland'],
  'Akseli Gallen-Kallela': ['People of Finland'],
  'Paintings from Finland': ['Finland'],
  'Collections of the Turku Art Museum': ['Turku Art Museum'],
  'Turku Art Museum': ['Turku', 'Art museums in Finland'],
  'Art museums in Finland': ['Finland'],
  // A loop: Sauna culture in Finland -> Saunas in Finland -> Sauna culture in Finland.
  'Sauna culture in Finland': ['Saunas in Finland', 'Intangible cultural heritage of Finland'],
  'Saunas in Finland': ['Sauna culture in Finland', 'Finland'],
  'Intangible cultural heritage of Finland': ['Finland'],
  Sammallahdenmäki: ['World Heritage Sites in Finland', 'Rauma', 'Bronze Age in Finland'],
  'Bronze Age in Finland': ['Finland'],
  Yoik: ['Sámi culture'],
  'Sámi culture': [],
  'Uploaded via Campaign:wlm-fi': ['Wiki Loves Monuments in Finland'],
  'Wiki Loves Monuments in Finland': ['Finland'],
}

export interface Campaign {
  name: string
  enabled: boolean
  config: Record<string, unknown>
}

const ownWork = {
  ownWorkDefault: 'own',
  ownWork: { licenses: ['cc-by-sa-4.0', 'cc-by-4.0', 'cc0'] },
}

/** UploadWizard campaign pages, as list=allcampaigns lists them. Contest dates are not here. */
export const CAMPAIGNS: Campaign[] = [
  {
    name: 'wlm-fi',
    enabled: true,
    config: {
      enabled: true,
      title: 'Wiki Loves Monuments Finland',
      description: 'Photograph built heritage in Finland for Wiki Loves Monuments.',
      display: {
        headerLabel: '{{WLM-is-running|fi|{{Upload campaign header wlm-fi}}}}',
        thanksLabel: '{{Upload campaign use Wiki Loves Monuments}}',
      },
      defaults: { categories: ['Cultural heritage monuments in Finland'] },
      autoAdd: {
        categories: ['Uploaded via Campaign:wlm-fi'],
        wikitext: '{{subst:WLM-is-running|fi|{{Wiki Loves Monuments|fi}}}}',
      },
      licensing: ownWork,
      fields: [
        {
          wikitext: '{{Cultural Heritage Finland|$1}}',
          label: 'Monument ID',
          maxLength: 25,
          required: true,
        },
      ],
      wikibase: { enabled: false },
      tutorial: { skip: true },
    },
  },
  {
    name: 'wle-fi',
    enabled: true,
    config: {
      enabled: true,
      title: 'Wiki Loves Earth Finland',
      description: 'Photograph protected natural areas in Finland.',
      display: { headerLabel: '{{Upload campaign header wle-fi}}' },
      defaults: { categories: ['Protected areas of Finland'] },
      autoAdd: { categories: ['Images from Wiki Loves Earth in Finland'] },
      licensing: ownWork,
      fields: [
        { wikitext: '{{Protected area Finland|$1}}', label: 'Protected area ID', required: false },
      ],
      wikibase: { enabled: true, captions: true, statements: true },
      tutorial: { skip: false },
    },
  },
  {
    name: 'wlf-2026',
    enabled: true,
    config: {
      enabled: true,
      title: 'Wiki Loves Folklore 2026',
      description: 'Share folk culture: festivals, dances, music, crafts and food.',
      display: {
        headerLabel: '{{Upload campaign header wlf}}',
        thanksLabel: '{{Wiki Loves Folklore thanks}}',
      },
      defaults: { categories: ['Folklore'] },
      autoAdd: {
        categories: ['Images from Wiki Loves Folklore 2026'],
        wikitext: '{{Wiki Loves Folklore 2026}}',
      },
      licensing: ownWork,
      fields: [],
      wikibase: { enabled: true, captions: true, statements: true },
      tutorial: { skip: true },
    },
  },
  {
    name: 'wlm-fi-2016',
    enabled: false,
    config: {
      enabled: false,
      title: 'Wiki Loves Monuments Finland 2016 (closed)',
      autoAdd: { categories: ['Images from Wiki Loves Monuments 2016 in Finland'] },
      licensing: ownWork,
      fields: [
        { wikitext: '{{Cultural Heritage Finland|$1}}', label: 'Monument ID', required: true },
      ],
      tutorial: { skip: true },
    },
  },
]

/** The licence fields of extmetadata, as CommonsMetadata writes them for each licence. */
export function licenceFields(license: License): Record<string, string> {
  const lic: Record<License, Record<string, string>> = {
    'cc-by-sa-4.0': {
      LicenseShortName: 'CC BY-SA 4.0',
      LicenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0',
      License: 'cc-by-sa-4.0',
      UsageTerms: 'Creative Commons Attribution-Share Alike 4.0',
      AttributionRequired: 'true',
      Copyrighted: 'True',
    },
    'cc-by-4.0': {
      LicenseShortName: 'CC BY 4.0',
      LicenseUrl: 'https://creativecommons.org/licenses/by/4.0',
      License: 'cc-by-4.0',
      UsageTerms: 'Creative Commons Attribution 4.0',
      AttributionRequired: 'true',
      Copyrighted: 'True',
    },
    cc0: {
      LicenseShortName: 'CC0',
      LicenseUrl: 'http://creativecommons.org/publicdomain/zero/1.0/deed.en',
      License: 'cc0',
      UsageTerms: 'Creative Commons Zero, Public Domain Dedication',
      AttributionRequired: 'false',
      Copyrighted: 'False',
    },
    pd: {
      LicenseShortName: 'Public domain',
      License: 'pd',
      UsageTerms: 'Public domain',
      AttributionRequired: 'false',
      Copyrighted: 'False',
    },
  }
  return lic[license]
}

/** The extmetadata of a file, with the field names CommonsMetadata uses. */
export function extmetadata(f: CommonsFile): Record<string, Multi> {
  return {
    ObjectName: f.name.replace(/\.[a-z0-9]+$/i, ''),
    ImageDescription: f.description,
    DateTimeOriginal: f.date,
    Artist: f.artist,
    Credit: f.credit,
    ...licenceFields(f.license),
    Restrictions: f.restrictions ?? '',
  }
}
