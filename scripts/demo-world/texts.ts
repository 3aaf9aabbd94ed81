/**
 * Wikipedia summaries and articles, and Wikisource pages, written for this project in its own
 * words (2–4 true sentences each). See demo-world/SOURCES.md.
 */
import { TEXT_PAGES } from './world-texts.ts'
import { Q } from './ids.ts'
import { uploadUrl } from './model.ts'

export interface Summary {
  lang: string
  /** Page title with spaces, exactly as the entity's sitelink has it. */
  title: string
  qid: string
  description: string
  /** The words of the first sentence to print in bold in extract_html. */
  bold: string
  extract: string[]
  /** File name (no prefix) of the lead image, if any. */
  image?: string
  coordinates?: { lat: number; lon: number }
}

export const SUMMARIES: Summary[] = [
  {
    lang: 'en',
    title: 'Verla',
    qid: Q.verla,
    description: 'Former groundwood and board mill in Finland, a UNESCO World Heritage Site',
    bold: 'Verla',
    extract: [
      'Verla is a former groundwood and board mill in Jaala, now part of Kouvola, in south-eastern Finland. The first groundwood mill on the Verla rapids was founded in 1872; after it was lost to fire, a larger groundwood and board mill was built in 1882 and kept working until 1964.',
      'The mill and its residential area were inscribed on the UNESCO World Heritage List in 1996 as a well-preserved example of a small rural industrial settlement. Today the mill is a museum.',
    ],
    image: 'Verla board mill and dam, Kouvola.jpg',
    coordinates: { lat: 61.061992, lon: 26.640016 },
  },
  {
    lang: 'fi',
    title: 'Verlan puuhiomo ja pahvitehdas',
    qid: Q.verla,
    description: 'entinen puuhiomo ja pahvitehdas Kouvolassa',
    bold: 'Verlan puuhiomo ja pahvitehdas',
    extract: [
      'Verlan puuhiomo ja pahvitehdas on entinen tehdasyhdyskunta Jaalassa, nykyisessä Kouvolassa. Ensimmäinen puuhiomo perustettiin Verlankosken rannalle vuonna 1872, ja tulipalon jälkeen vuonna 1882 rakennettiin uusi, suurempi hiomo ja pahvitehdas, joka toimi vuoteen 1964.',
      'Tehdasalue asuinrakennuksineen hyväksyttiin Unescon maailmanperintöluetteloon vuonna 1996. Nykyään tehdas on museo.',
    ],
    image: 'Verla board mill and dam, Kouvola.jpg',
    coordinates: { lat: 61.061992, lon: 26.640016 },
  },
  {
    lang: 'sv',
    title: 'Verla träsliperi och pappfabrik',
    qid: Q.verla,
    description: 'industriminne i Kouvola i Finland',
    bold: 'Verla träsliperi och pappfabrik',
    extract: [
      'Verla träsliperi och pappfabrik är ett före detta bruk i Jaala, numera Kouvola, i sydöstra Finland. Det första träsliperiet grundades 1872, och ett större sliperi med pappfabrik byggdes 1882 och var i drift till 1964. Bruket och dess bostadsområde upptogs på Unescos världsarvslista 1996.',
    ],
    image: 'Verla board mill and dam, Kouvola.jpg',
    coordinates: { lat: 61.061992, lon: 26.640016 },
  },
  {
    lang: 'de',
    title: 'Verla',
    qid: Q.verla,
    description: 'Fabrik in Finnland',
    bold: 'Verla',
    extract: [
      'Verla ist eine ehemalige Holzschleiferei und Kartonfabrik in Jaala, heute ein Teil der Stadt Kouvola im Südosten Finnlands. Die 1882 errichtete Fabrik war bis 1964 in Betrieb und gehört seit 1996 zum UNESCO-Welterbe.',
    ],
    image: 'Verla board mill and dam, Kouvola.jpg',
  },
  {
    lang: 'en',
    title: 'Kouvola',
    qid: Q.kouvola,
    description: 'City in Kymenlaakso, Finland',
    bold: 'Kouvola',
    extract: [
      'Kouvola is a city in south-eastern Finland and the administrative centre of the Kymenlaakso region. It lies on the river Kymijoki and grew up around an important railway junction. In 2009 Kouvola was merged with five neighbouring municipalities, among them Jaala, where the Verla mill stands.',
    ],
    image: 'Kouvola railway station.jpg',
    coordinates: { lat: 60.868056, lon: 26.704167 },
  },
  {
    lang: 'fi',
    title: 'Kouvola',
    qid: Q.kouvola,
    description: 'kaupunki Kymenlaaksossa',
    bold: 'Kouvola',
    extract: [
      'Kouvola on kaupunki Kaakkois-Suomessa ja Kymenlaakson maakunnan hallinnollinen keskus. Kaupunki sijaitsee Kymijoen varrella ja kasvoi tärkeän rautatieristeyksen ympärille. Vuonna 2009 Kouvolaan yhdistettiin viisi naapurikuntaa, muun muassa Jaala, jossa Verlan tehdas sijaitsee.',
    ],
    image: 'Kouvola railway station.jpg',
    coordinates: { lat: 60.868056, lon: 26.704167 },
  },
  {
    lang: 'en',
    title: 'Kymenlaakso',
    qid: Q.kymenlaakso,
    description: 'Region of Finland',
    bold: 'Kymenlaakso',
    extract: [
      'Kymenlaakso is a region in south-eastern Finland, named after the valley of the river Kymijoki. It was one of the first industrialised parts of Finland and became a centre of the pulp and paper industry. Its largest towns are Kouvola, Kotka and Hamina.',
    ],
    image: 'Langinkoski rapids, Kymenlaakso.jpg',
    coordinates: { lat: 60.5, lon: 27 },
  },
  {
    lang: 'fi',
    title: 'Kymenlaakso',
    qid: Q.kymenlaakso,
    description: 'Suomen maakunta',
    bold: 'Kymenlaakso',
    extract: [
      'Kymenlaakso on maakunta Kaakkois-Suomessa, ja se on saanut nimensä Kymijoen laaksosta. Se oli yksi Suomen ensimmäisistä teollistuneista alueista ja metsäteollisuuden keskus. Maakunnan suurimmat kaupungit ovat Kouvola, Kotka ja Hamina.',
    ],
    image: 'Langinkoski rapids, Kymenlaakso.jpg',
    coordinates: { lat: 60.5, lon: 27 },
  },
  {
    lang: 'en',
    title: 'Finland',
    qid: Q.finland,
    description: 'Country in Northern Europe',
    bold: 'Finland',
    extract: [
      'Finland is a Nordic country in Northern Europe, bordering Sweden, Norway and Russia. Its capital and largest city is Helsinki, and its official languages are Finnish and Swedish. Finland declared its independence on 6 December 1917.',
    ],
    image: 'Finnish lake landscape in summer.jpg',
  },
  {
    lang: 'fi',
    title: 'Suomi',
    qid: Q.finland,
    description: 'valtio Pohjois-Euroopassa',
    bold: 'Suomi',
    extract: [
      'Suomi on Pohjois-Euroopassa sijaitseva pohjoismainen valtio, jonka naapurimaat ovat Ruotsi, Norja ja Venäjä. Pääkaupunki on Helsinki, ja virallisia kieliä ovat suomi ja ruotsi. Suomi julistautui itsenäiseksi 6. joulukuuta 1917.',
    ],
    image: 'Finnish lake landscape in summer.jpg',
  },
  {
    lang: 'sv',
    title: 'Finland',
    qid: Q.finland,
    description: 'land i Nordeuropa',
    bold: 'Finland',
    extract: [
      'Finland är ett nordiskt land i Nordeuropa som gränsar till Sverige, Norge och Ryssland. Huvudstad är Helsingfors, och de officiella språken är finska och svenska. Finland förklarade sig självständigt den 6 december 1917.',
    ],
    image: 'Finnish lake landscape in summer.jpg',
  },
  {
    lang: 'se',
    title: 'Suopma',
    qid: Q.finland,
    description: 'riika Davvi-Eurohpás',
    bold: 'Suopma',
    extract: ['Suopma lea riika Davvi-Eurohpás. Dan oaivegávpot lea Helsset.'],
    image: 'Finnish lake landscape in summer.jpg',
  },
  {
    lang: 'ar',
    title: 'فنلندا',
    qid: Q.finland,
    description: 'دولة في شمال أوروبا',
    bold: 'فنلندا',
    extract: [
      'فنلندا دولة من دول الشمال الأوروبي تقع في شمال أوروبا، وتحدها السويد والنرويج وروسيا. عاصمتها وأكبر مدنها هلسنكي، ولغتاها الرسميتان الفنلندية والسويدية. أعلنت فنلندا استقلالها في 6 ديسمبر 1917.',
    ],
    image: 'Finnish lake landscape in summer.jpg',
  },
  {
    lang: 'en',
    title: 'Mikael Agricola',
    qid: Q.agricola,
    description: 'Finnish clergyman and reformer (c. 1510–1557)',
    bold: 'Mikael Agricola',
    extract: [
      'Mikael Agricola (c. 1510 – 9 April 1557) was a Finnish Lutheran clergyman and reformer who is regarded as the father of written Finnish. He published Abckiria, the first book in Finnish, and translated the New Testament, which appeared as Se Wsi Testamenti in 1548.',
      'He became Bishop of Turku in 1554 and died in 1557 on his way home from peace negotiations in Russia.',
    ],
    image: 'Albert Edelfelt - Mikael Agricola translating the New Testament.jpg',
  },
  {
    lang: 'fi',
    title: 'Mikael Agricola',
    qid: Q.agricola,
    description: 'Turun piispa ja uskonpuhdistaja',
    bold: 'Mikael Agricola',
    extract: [
      'Mikael Agricola (n. 1510 – 9. huhtikuuta 1557) oli suomalainen uskonpuhdistaja ja Turun piispa, jota pidetään suomen kirjakielen isänä. Hän julkaisi ensimmäisen suomenkielisen kirjan, Abckirian, ja suomensi Uuden testamentin, joka ilmestyi vuonna 1548.',
      'Agricola kuoli Kyrönniemessä Kuolemajärvellä paluumatkalla Venäjältä, jonne hän oli matkustanut rauhanneuvotteluihin.',
    ],
    image: 'Albert Edelfelt - Mikael Agricola translating the New Testament.jpg',
  },
  {
    lang: 'en',
    title: 'Winter War',
    qid: Q.winterWar,
    description: '1939–1940 war between the Soviet Union and Finland',
    bold: 'Winter War',
    extract: [
      'The Winter War was a war between the Soviet Union and Finland. It began with the Soviet invasion of Finland on 30 November 1939 and ended with the Moscow Peace Treaty on 13 March 1940. Finland kept its independence but ceded about a tenth of its territory, including much of Karelia.',
    ],
    image: 'Finnish ski troops in the Winter War, 1940.jpg',
  },
  {
    lang: 'fi',
    title: 'Talvisota',
    qid: Q.winterWar,
    description: 'Suomen ja Neuvostoliiton välinen sota 1939–1940',
    bold: 'Talvisota',
    extract: [
      'Talvisota oli Neuvostoliiton ja Suomen välinen sota, joka alkoi Neuvostoliiton hyökkäyksellä 30. marraskuuta 1939 ja päättyi Moskovan rauhaan 13. maaliskuuta 1940. Suomi säilytti itsenäisyytensä mutta joutui luovuttamaan noin kymmenesosan alueestaan, muun muassa suuren osan Karjalaa.',
    ],
    image: 'Finnish ski troops in the Winter War, 1940.jpg',
  },
  {
    lang: 'sv',
    title: 'Vinterkriget',
    qid: Q.winterWar,
    description: 'krig mellan Sovjetunionen och Finland 1939–1940',
    bold: 'Vinterkriget',
    extract: [
      'Vinterkriget var ett krig mellan Sovjetunionen och Finland från den 30 november 1939 till den 13 mars 1940. Finland behöll sin självständighet men fick avträda ungefär en tiondel av sitt territorium.',
    ],
    image: 'Finnish ski troops in the Winter War, 1940.jpg',
  },
  {
    lang: 'en',
    title: 'The Defense of the Sampo',
    qid: Q.defenseOfTheSampo,
    description: '1896 painting by Akseli Gallen-Kallela',
    bold: 'The Defense of the Sampo',
    extract: [
      'The Defense of the Sampo is an 1896 tempera painting by Akseli Gallen-Kallela in the Turku Art Museum. It shows a scene from the Kalevala in which Louhi, in the shape of a giant bird, tries to win back the Sampo from Väinämöinen.',
    ],
    image: 'Sammon puolustus.jpg',
  },
  {
    lang: 'fi',
    title: 'Sammon puolustus',
    qid: Q.defenseOfTheSampo,
    description: 'Akseli Gallen-Kallelan maalaus vuodelta 1896',
    bold: 'Sammon puolustus',
    extract: [
      'Sammon puolustus on Akseli Gallen-Kallelan vuonna 1896 maalaama temperamaalaus, joka kuuluu Turun taidemuseon kokoelmiin. Teos kuvaa Kalevalan kohtausta, jossa jättiläislinnuksi muuttunut Louhi yrittää ottaa Sammon takaisin Väinämöiseltä.',
    ],
    image: 'Sammon puolustus.jpg',
  },
  {
    lang: 'en',
    title: 'Akseli Gallen-Kallela',
    qid: Q.gallenKallela,
    description: 'Finnish painter (1865–1931)',
    bold: 'Akseli Gallen-Kallela',
    extract: [
      'Akseli Gallen-Kallela (26 April 1865 – 7 March 1931) was a Finnish painter, best known for his illustrations of the Kalevala. He was born in Pori and died in Stockholm, and his work is central to Finnish national romanticism.',
    ],
    image: 'Akseli Gallen-Kallela portrait photograph.jpg',
  },
  {
    lang: 'fi',
    title: 'Akseli Gallen-Kallela',
    qid: Q.gallenKallela,
    description: 'suomalainen taidemaalari',
    bold: 'Akseli Gallen-Kallela',
    extract: [
      'Akseli Gallen-Kallela (26. huhtikuuta 1865 Pori – 7. maaliskuuta 1931 Tukholma) oli suomalainen taidemaalari, joka tunnetaan erityisesti Kalevala-aiheisista teoksistaan. Hän oli kansallisromantiikan keskeisiä taiteilijoita.',
    ],
    image: 'Akseli Gallen-Kallela portrait photograph.jpg',
  },
  {
    lang: 'en',
    title: 'Kalevala',
    qid: Q.kalevala,
    description: 'Finnish national epic compiled by Elias Lönnrot',
    bold: 'Kalevala',
    extract: [
      'The Kalevala is an epic compiled by Elias Lönnrot from Finnish and Karelian oral poetry. Its first version appeared in 1835 and the longer, now standard version in 1849. It is regarded as the national epic of Finland.',
    ],
    image: 'Kalevala1.jpg',
  },
  {
    lang: 'fi',
    title: 'Kalevala',
    qid: Q.kalevala,
    description: 'Suomen kansalliseepos',
    bold: 'Kalevala',
    extract: [
      'Kalevala on Elias Lönnrotin suomalaisesta ja karjalaisesta kansanrunoudesta kokoama eepos. Sen ensimmäinen laitos ilmestyi vuonna 1835 ja laajempi, nykyään tunnettu laitos vuonna 1849. Kalevalaa pidetään Suomen kansalliseepoksena.',
    ],
    image: 'Kalevala1.jpg',
  },
  {
    lang: 'en',
    title: 'Elias Lönnrot',
    qid: Q.lonnrot,
    description: 'Finnish physician and philologist (1802–1884)',
    bold: 'Elias Lönnrot',
    extract: [
      'Elias Lönnrot (9 April 1802 – 19 March 1884) was a Finnish physician and philologist who collected oral poetry and compiled the Kalevala.',
    ],
  },
  {
    lang: 'fi',
    title: 'Elias Lönnrot',
    qid: Q.lonnrot,
    description: 'suomalainen lääkäri ja kielentutkija',
    bold: 'Elias Lönnrot',
    extract: [
      'Elias Lönnrot (9. huhtikuuta 1802 – 19. maaliskuuta 1884) oli suomalainen lääkäri ja kielentutkija, joka keräsi kansanrunoutta ja kokosi Kalevalan.',
    ],
  },
  {
    lang: 'en',
    title: 'Sammallahdenmäki',
    qid: Q.sammallahdenmaki,
    description: 'Bronze Age burial site in Rauma, Finland',
    bold: 'Sammallahdenmäki',
    extract: [
      'Sammallahdenmäki is a Bronze Age burial site in Lappi, now part of Rauma, in western Finland. More than thirty granite burial cairns lie on a rocky hill that was close to the sea shore when they were built. The site was inscribed on the UNESCO World Heritage List in 1999.',
    ],
    image: 'Sammallahdenmäki Kirkonlaattia cairn.jpg',
    coordinates: { lat: 61.1177, lon: 21.7752 },
  },
  {
    lang: 'fi',
    title: 'Sammallahdenmäki',
    qid: Q.sammallahdenmaki,
    description: 'pronssikautinen hautapaikka Raumalla',
    bold: 'Sammallahdenmäki',
    extract: [
      'Sammallahdenmäki on pronssikautinen hautapaikka entisen Lapin kunnan alueella, nykyisessä Raumassa. Kalliomäellä on yli kolmekymmentä graniittikivistä koottua hautaröykkiötä. Alue hyväksyttiin Unescon maailmanperintöluetteloon vuonna 1999.',
    ],
    image: 'Sammallahdenmäki Kirkonlaattia cairn.jpg',
    coordinates: { lat: 61.1177, lon: 21.7752 },
  },
  {
    lang: 'fi',
    title: 'Joiku',
    qid: Q.yoik,
    description: 'saamelainen perinteinen laulutapa',
    bold: 'Joiku',
    extract: [
      'Joiku on saamelaisten perinteinen laulutapa. Joiulla voidaan kuvata ihmistä, eläintä tai paikkaa, ja sitä pidetään saamelaisen kulttuurin tärkeänä osana.',
    ],
    image: 'Luohti performer at a Sami festival.jpg',
  },
  {
    lang: 'se',
    title: 'Luohti',
    qid: Q.yoik,
    description: 'sámi árbevirolaš lávlunvuohki',
    bold: 'Luohti',
    extract: ['Luohti lea sámi árbevirolaš lávlunvuohki.'],
    image: 'Luohti performer at a Sami festival.jpg',
  },
]

// ---------------------------------------------------------------------------------------------
// Full articles (REST page/html bodies). The builder wraps each in a Parsoid-like document.

export interface Article {
  lang: string
  title: string
  qid: string
  /** Body sections: section 0 (lead, with the infobox) first. */
  sections: { heading?: string; id?: string; html: string }[]
}

const wl = (target: string, text = target): string =>
  `<a rel="mw:WikiLink" href="./${target.replace(/ /g, '_')}" title="${target}">${text}</a>`
const ext = (href: string, text: string): string =>
  `<a rel="mw:ExtLink nofollow" href="${href}" class="external text">${text}</a>`
const cite = (n: number): string =>
  `<sup about="#mwt${n}" class="mw-ref reference" id="cite_ref-${n}" rel="dc:references" typeof="mw:Extension/ref"><a href="./Verla#cite_note-${n}" style="counter-reset: mw-Ref ${n};"><span class="mw-reflink-text">[${n}]</span></a></sup>`

function infobox(rows: [string, string][], image: string, caption: string): string {
  const file = image.replace(/ /g, '_')
  return [
    '<table class="infobox" about="#mwt1" typeof="mw:Transclusion">',
    `<tbody><tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="./File:${file}" class="mw-file-description"><img src="${uploadUrl(image, 250).replace('https:', '')}" decoding="async" width="250" height="167" class="mw-file-element" resource="./File:${file}"/></a></span><div class="infobox-caption">${caption}</div></td></tr>`,
    ...rows.map(
      ([k, v]) =>
        `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`,
    ),
    '</tbody></table>',
  ].join('\n')
}

/**
 * Wikipedia redirect pages, by language: title → the article it redirects to. They let the
 * `/wiki/<lang>/<title>` route be tried with the short names people type; whether each exists on
 * the real wiki is not verified (see SOURCES.md).
 */
export const WIKIPEDIA_REDIRECTS: Record<string, Record<string, string>> = {
  fi: {
    Verla: 'Verlan puuhiomo ja pahvitehdas',
    'Verlan tehdas': 'Verlan puuhiomo ja pahvitehdas',
  },
  en: { 'Verla Groundwood and Board Mill': 'Verla' },
}

export const ARTICLES: Article[] = [
  {
    lang: 'en',
    title: 'Verla',
    qid: Q.verla,
    sections: [
      {
        html: [
          infobox(
            [
              ['Location', `${wl('Kouvola')}, ${wl('Kymenlaakso')}, ${wl('Finland')}`],
              ['Criteria', 'Cultural: (iv)'],
              ['Reference', ext('https://whc.unesco.org/en/list/751', '751')],
              ['Inscription', '1996 (20th Session)'],
            ],
            'Verla board mill and dam, Kouvola.jpg',
            'The board mill and the dam on the Verla rapids',
          ),
          `<p><b>Verla</b> is a former groundwood and board mill in ${wl('Jaala')}, now part of ${wl('Kouvola')}, in south-eastern ${wl('Finland')}. The mill and its residential area are a ${wl('World Heritage Site', 'UNESCO World Heritage Site')} since 1996.${cite(1)}</p>`,
        ].join('\n'),
      },
      {
        heading: 'History',
        id: 'History',
        html: [
          `<p>The first groundwood mill at Verla was founded in 1872 by the engineer Hugo Neuman, but it was soon lost to fire. In 1882 the papermakers Gottlieb Kreidl and Louis Haenel founded a larger groundwood mill together with a board mill.${cite(2)}</p>`,
          `<p>Production continued, on a small scale and with few changes, until the mill closed in 1964. The buildings were preserved with their machinery, and the mill became a museum.</p>`,
        ].join('\n'),
      },
      {
        heading: 'World Heritage Site',
        id: 'World_Heritage_Site',
        html: `<p>UNESCO describes Verla as a remarkably well-preserved example of the small rural industrial settlements that grew up around pulp, paper and board production in northern Europe and North America in the 19th and early 20th centuries. See ${ext('https://whc.unesco.org/en/list/751', 'the UNESCO listing')}.</p>`,
      },
      {
        heading: 'References',
        id: 'References',
        html: '<div class="mw-references-wrap" typeof="mw:Extension/references" about="#mwt9"><ol class="mw-references references"><li about="#cite_note-1" id="cite_note-1"><span class="mw-cite-backlink"><a href="./Verla#cite_ref-1" rel="mw:referencedBy">↑</a></span> <span id="mw-reference-text-cite_note-1" class="mw-reference-text">UNESCO World Heritage Centre: Verla Groundwood and Board Mill.</span></li><li about="#cite_note-2" id="cite_note-2"><span class="mw-cite-backlink"><a href="./Verla#cite_ref-2" rel="mw:referencedBy">↑</a></span> <span id="mw-reference-text-cite_note-2" class="mw-reference-text">Verla Mill Museum: history of the mill.</span></li></ol></div>',
      },
    ],
  },
  {
    lang: 'fi',
    title: 'Verlan puuhiomo ja pahvitehdas',
    qid: Q.verla,
    sections: [
      {
        html: [
          infobox(
            [
              ['Sijainti', `${wl('Kouvola')}, ${wl('Kymenlaakso')}`],
              ['Valtio', wl('Suomi')],
              ['Maailmanperintökohde', '1996'],
              ['Tunniste', ext('https://whc.unesco.org/en/list/751', '751')],
            ],
            'Verla board mill and dam, Kouvola.jpg',
            'Verlan pahvitehdas ja pato',
          ),
          `<p><b>Verlan puuhiomo ja pahvitehdas</b> on entinen tehdasyhdyskunta ${wl('Jaala', 'Jaalassa')}, nykyisessä ${wl('Kouvola', 'Kouvolassa')}. Tehdasalue on ollut ${wl('Maailmanperintökohde', 'Unescon maailmanperintökohde')} vuodesta 1996.${cite(1)}</p>`,
        ].join('\n'),
      },
      {
        heading: 'Historia',
        id: 'Historia',
        html: [
          `<p>Insinööri Hugo Neuman perusti Verlankosken rannalle puuhiomon vuonna 1872, mutta se tuhoutui pian tulipalossa. Vuonna 1882 paperimestarit Gottlieb Kreidl ja Louis Haenel perustivat paikalle suuremman hiomon ja pahvitehtaan.${cite(2)}</p>`,
          '<p>Tehdas toimi pienimuotoisena vuoteen 1964 asti. Rakennukset ja koneet säilytettiin, ja tehtaasta tuli museo.</p>',
        ].join('\n'),
      },
      {
        heading: 'Lähteet',
        id: 'Lähteet',
        html: '<div class="mw-references-wrap" typeof="mw:Extension/references"><ol class="mw-references references"><li id="cite_note-1"><span class="mw-reference-text">Unescon maailmanperintökeskus: Verla Groundwood and Board Mill.</span></li><li id="cite_note-2"><span class="mw-reference-text">Verlan tehdasmuseo: tehtaan historia.</span></li></ol></div>',
      },
    ],
  },
  {
    // Hostile on purpose (sanitizer tests): a <script> element and an onclick attribute.
    lang: 'en',
    title: 'Kouvola',
    qid: Q.kouvola,
    sections: [
      {
        html: [
          infobox(
            [
              ['Country', wl('Finland')],
              ['Region', wl('Kymenlaakso')],
              ['Area', '2,883.30 km<sup>2</sup>'],
              ['Website', ext('https://www.kouvola.fi/', 'kouvola.fi')],
            ],
            'Kouvola railway station.jpg',
            'Kouvola railway station',
          ),
          `<p><b>Kouvola</b> is a city in south-eastern ${wl('Finland')} and the administrative centre of ${wl('Kymenlaakso')}.</p>`,
          '<script>document.title = "hijacked"; alert("kouvola")</script>',
        ].join('\n'),
      },
      {
        heading: 'History',
        id: 'History',
        html: `<p onclick="alert('onclick')">The town grew up around a railway junction. In 2009 it was merged with five neighbouring municipalities, among them ${wl('Jaala')}, home of the ${wl('Verla')} mill.</p>`,
      },
    ],
  },
]

// ---------------------------------------------------------------------------------------------
// Wikisource pages (the HTML that action=parse returns in parse.text)

export interface WikisourcePage {
  lang: string
  title: string
  html: string
}

const wsHeader = (inner: string): string =>
  [
    '<div class="ws-header ws-noexport noprint" id="headertemplate" style="margin-bottom:1em;">',
    inner,
    '</div>',
  ].join('\n')

export const WIKISOURCE: WikisourcePage[] = [
  {
    lang: 'fi',
    title: 'Tekijä:Mikael Agricola',
    html: [
      '<div class="mw-content-ltr mw-parser-output" lang="fi" dir="ltr">',
      wsHeader(
        [
          '<table class="headertemplate"><tbody><tr>',
          '<td class="header_backlink"><a href="/wiki/Wikiaineisto:Kirjailijat" title="Wikiaineisto:Kirjailijat">← Kirjailijat</a></td>',
          '<td class="header_title"><b>Mikael Agricola</b><br/>(n. 1510–1557)</td>',
          '<td class="header_forelink"></td>',
          '</tr></tbody></table>',
          '<div class="header_notes">Turun piispa, uskonpuhdistaja ja suomen kirjakielen isä.</div>',
        ].join('\n'),
      ),
      '<h2 id="Teokset">Teokset</h2>',
      '<ul>',
      '<li><a href="/wiki/Abckiria" title="Abckiria">Abckiria</a> (1543)</li>',
      '<li><a href="/w/index.php?title=Rucouskiria&amp;action=edit&amp;redlink=1" class="new" title="Rucouskiria (sivua ei ole)">Rucouskiria</a> (1544)</li>',
      '<li><a href="/w/index.php?title=Se_Wsi_Testamenti&amp;action=edit&amp;redlink=1" class="new" title="Se Wsi Testamenti (sivua ei ole)">Se Wsi Testamenti</a> (1548)</li>',
      '</ul>',
      '<div class="navbox ws-noexport"><a href="/wiki/Luokka:Tekij%C3%A4t" title="Luokka:Tekijät">Tekijät</a></div>',
      '</div>',
    ].join('\n'),
  },
  {
    lang: 'fi',
    title: 'Abckiria',
    html: [
      '<div class="mw-content-ltr mw-parser-output" lang="fi" dir="ltr">',
      wsHeader(
        [
          '<table class="headertemplate"><tbody><tr>',
          '<td class="header_backlink"><div id="headerprevious"><a href="/wiki/Tekij%C3%A4:Mikael_Agricola" title="Tekijä:Mikael Agricola">← Mikael Agricola</a></div></td>',
          '<td class="header_title"><i><b>Abckiria</b></i><br/>Kirjoittanut <a href="/wiki/Tekij%C3%A4:Mikael_Agricola" title="Tekijä:Mikael Agricola">Mikael Agricola</a> (1543)</td>',
          '<td class="header_forelink"></td>',
          '</tr></tbody></table>',
        ].join('\n'),
      ),
      '<div id="ws-data" class="ws-noexport" style="display:none; speak:none;"><span id="ws-title">Abckiria</span><span id="ws-author">Mikael Agricola</span><span id="ws-year">1543</span></div>',
      '<div class="poem">',
      '<p>Oppe nyt wanha / ia noori /<br/>',
      'joilla ombi Sydhen toori.<br/>',
      'Jumalan keskyt / ia mielen /<br/>',
      'iotca taidhat Somen kielen.<br/>',
      'Laki / se Sielun hirmutta /<br/>',
      'mutt Cristus sen tas lodhutta.<br/>',
      'Lue sijs hyue Lapsi teste /<br/>',
      'Alcu oppi ilman este.<br/>',
      'Nijte muista Elemes aina /<br/>',
      'nin Jesus sinun Armons laina.</p>',
      '</div>',
      '<div class="ws-noexport noprint" id="footer-nav"><a href="/wiki/Tekij%C3%A4:Mikael_Agricola" title="Tekijä:Mikael Agricola">← Mikael Agricola</a></div>',
      '</div>',
    ].join('\n'),
  },
  ...TEXT_PAGES,
]
