/**
 * Demo data for the Texts section's "described by a Wikisource article" path: Elias Lönnrot is
 * described by source (P1343) Nordisk familjebok, its statement naming the article about him
 * (P805, statement is subject of), and that article has a page on the Swedish Wikisource.
 * Sources and doubts: demo-world/SOURCES.md, section "Texts about a topic".
 */
import { Q } from './ids.ts'
import { item, time, type Claim, type ItemDef } from './model.ts'

/** The title of the article's page on the Swedish Wikisource. */
export const NF_LONNROT_TITLE = 'Nordisk familjebok/Lönnrot, Elias'

/** Lönnrot's "described by source" statement: Nordisk familjebok, and the article about him. */
export const LONNROT_DESCRIBED_BY: Claim = {
  p: 'P1343',
  v: item(Q.nordiskFamiljebok),
  q: [{ p: 'P805', v: item(Q.nfLonnrot) }],
}

const encyclopedia: ItemDef = {
  kind: 'item',
  id: Q.encyclopedia,
  labels: { en: 'encyclopedia', fi: 'tietosanakirja', sv: 'uppslagsverk' },
  descriptions: { en: 'reference work with articles on many subjects' },
}

const encyclopediaArticle: ItemDef = {
  kind: 'item',
  id: Q.encyclopediaArticle,
  labels: {
    en: 'encyclopedia article',
    fi: 'tietosanakirja-artikkeli',
    sv: 'uppslagsverksartikel',
  },
  descriptions: { en: 'article in an encyclopedia' },
}

const nordiskFamiljebok: ItemDef = {
  kind: 'item',
  id: Q.nordiskFamiljebok,
  labels: {
    en: 'Nordisk familjebok (second edition)',
    fi: 'Nordisk familjebok (toinen painos)',
    sv: 'Nordisk familjebok (Uggleupplagan)',
  },
  descriptions: {
    en: 'Swedish encyclopedia in 38 volumes, 1904–1926',
    fi: 'ruotsalainen tietosanakirja, 38 osaa, 1904–1926',
    sv: 'svenskt uppslagsverk i 38 band, 1904–1926',
  },
  claims: [
    { p: 'P31', v: item(Q.encyclopedia) },
    { p: 'P407', v: item(Q.swedish) },
    { p: 'P577', v: time('1904') },
  ],
}

const nfLonnrot: ItemDef = {
  kind: 'item',
  id: Q.nfLonnrot,
  labels: {
    en: 'Lönnrot, Elias',
    fi: 'Lönnrot, Elias',
    sv: 'Lönnrot, Elias',
  },
  descriptions: {
    en: 'article in Nordisk familjebok (second edition)',
    sv: 'artikel i Nordisk familjebok (Uggleupplagan)',
  },
  claims: [
    { p: 'P31', v: item(Q.encyclopediaArticle) },
    { p: 'P1433', v: item(Q.nordiskFamiljebok) },
    { p: 'P921', v: item(Q.lonnrot) },
    { p: 'P407', v: item(Q.swedish) },
    { p: 'P577', v: time('1912') },
  ],
  sitelinks: { svwikisource: NF_LONNROT_TITLE },
}

/** Every item of this file. */
export const TEXT_ITEMS: ItemDef[] = [
  encyclopedia,
  encyclopediaArticle,
  nordiskFamiljebok,
  nfLonnrot,
]

/**
 * The article's page as action=parse gives it: the header and the navigation (removed by the
 * reader), then the text. The text is written for the demo in the encyclopedia's manner from the
 * facts in SOURCES.md; it is not a transcription of the printed article.
 */
export const TEXT_PAGES: { lang: string; title: string; html: string }[] = [
  {
    lang: 'sv',
    title: NF_LONNROT_TITLE,
    html: [
      '<div class="mw-content-ltr mw-parser-output" lang="sv" dir="ltr">',
      '<div class="ws-header ws-noexport noprint" id="headertemplate" style="margin-bottom:1em;">',
      '<table class="headertemplate"><tbody><tr>',
      '<td class="header_backlink"><a href="/wiki/Nordisk_familjebok" title="Nordisk familjebok">← Nordisk familjebok</a></td>',
      '<td class="header_title"><b>Lönnrot, Elias</b><br/>Nordisk familjebok, andra upplagan (1912)</td>',
      '<td class="header_forelink"></td>',
      '</tr></tbody></table>',
      '</div>',
      '<p><b>Lönnrot</b>, <b>Elias</b>, finsk språkforskare och folkdiktsamlare, f. 9 april 1802 i Sammatti, Nylands län, d. 19 mars 1884 på samma ort.</p>',
      '<p>L. blev med. doktor 1832 och var 1833–53 provinsialläkare i Kajana. Under många resor i Karelen upptecknade han folkets runosånger och utgav av dem <i>Kalevala</i> (1835; utvidgad upplaga 1849) och lyriksamlingen <i>Kanteletar</i> (1840).<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>',
      '<p>Åren 1853–62 var han professor i finska språket vid universitetet i Helsingfors.</p>',
      '<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-reference-text">Om Kalevala se särskild artikel.</span></li></ol></div>',
      '<div class="ws-noexport noprint" id="footer-nav"><a href="/wiki/Nordisk_familjebok" title="Nordisk familjebok">← Nordisk familjebok</a></div>',
      '</div>',
    ].join('\n'),
  },
]
