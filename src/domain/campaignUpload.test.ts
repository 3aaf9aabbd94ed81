// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { coordinate, edition, item, text } from '../../tests/unit/campaignFixtures'
import {
  campaignOffer,
  monumentIdValue,
  plainUploadUrl,
  uploadCategories,
  uploadWizardUrl,
  type UploadContext,
} from './campaignUpload'
import { dayWindow } from './campaignTime'

/** The parameters of a link, as UploadWizard (PHP, and URLSearchParams in its JS) reads them. */
const paramsOf = (href: string) => [...new URL(href).searchParams.entries()]
const param = (href: string, name: string) => new URL(href).searchParams.get(name)

const context = (uilang: string, description: string): UploadContext => ({
  uilang,
  texts: { description, caption: description },
})

describe('the UploadWizard link against real link formats (campaigns-and-apis.md B.3)', () => {
  it('WMDE list tool (German): campaign, fields[], objref, categories, updateList, location', () => {
    // The forward script's parameter set, assembled in the research notes.
    const real =
      'https://commons.wikimedia.org/wiki/Special:UploadWizard?campaign=wlm-de-by&uselang=de&descriptionlang=de&description=Baudenkmal%20D-6-75-111-5&lat=49.77168&lon=10.37051&categories=Baudenkm%C3%A4ler%20in%20Abtswind%7CUploaded%20with%20UploadWizard%20via%20delists&objref=de%7CListe_der_Baudenkm%C3%A4ler_in_Abtswind%7CD-6-75-111-5&fields%5B%5D=D-6-75-111-5&updateList=1'
    const bavarian = edition({
      id: 'wlm-2026-de-by',
      countries: ['Q183'],
      countryName: 'Germany',
      campaign: 'wlm-de-by',
      eligibility: ['P4244'],
      monumentId: { from: 'P4244' },
      categories: ['Baudenkmäler in Abtswind', 'Uploaded with UploadWizard via delists'],
      listPage: { wiki: 'de', title: 'Liste der Baudenkmäler in Abtswind' },
    })
    const monument = item('Q1', { P4244: ['D-6-75-111-5'], P625: [coordinate(49.77168, 10.37051)] })
    const ours = uploadWizardUrl(monument, bavarian, context('de', 'Baudenkmal D-6-75-111-5'))

    expect(ours.startsWith('https://commons.wikimedia.org/wiki/Special:UploadWizard?')).toBe(true)
    for (const [name, value] of paramsOf(real)) expect.soft(param(ours, name), name).toBe(value)
    // What Kooste adds: the caption in the same language.
    const extra = paramsOf(ours).filter(([name]) => !new URL(real).searchParams.has(name))
    expect(extra).toEqual([
      ['captionlang', 'de'],
      ['caption', 'Baudenkmal D-6-75-111-5'],
    ])
  })

  it('Italian WLM app: the legacy id= when the edition says so, /w/index.php form', () => {
    const real =
      'https://commons.wikimedia.org/w/index.php?title=Special:UploadWizard&campaign=wlm-it&id=01M3030001&uselang=it&descriptionlang=it&lat=41.8902&lon=12.4922&categories=Images+from+Wiki+Loves+Monuments+2026+in+Italy'
    const italy = edition({
      id: 'wlm-2026-it',
      countries: ['Q38'],
      countryName: 'Italy',
      campaign: 'wlm-it',
      eligibility: ['P2186'],
      monumentId: { from: 'P2186', param: 'id' },
    })
    const monument = item('Q10285', { P2186: ['01M3030001'], P625: [coordinate(41.8902, 12.4922)] })
    const ours = uploadWizardUrl(monument, italy, {
      ...context('it', 'Colosseo (Wikidata Q10285)'),
      commonsPage: 'https://commons.wikimedia.org/w/index.php?title={title}',
    })
    for (const [name, value] of paramsOf(real)) expect.soft(param(ours, name), name).toBe(value)
    expect(param(ours, 'fields[]')).toBeNull()
    expect(ours).toContain('categories=Images+from+Wiki+Loves+Monuments+2026+in+Italy')
  })

  it('Swedish campaign: a non-ASCII campaign name encoded, the id without its URI prefix', () => {
    const real =
      'https://commons.wikimedia.org/w/index.php?title=Special:UploadWizard&campaign=Kulturl%C3%A4mningar&id=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
    const kmr = edition({
      id: 'kulturlamningar-2026',
      countries: ['Q34'],
      countryName: 'Sweden',
      timeZone: 'Europe/Stockholm',
      campaign: 'Kulturlämningar',
      eligibility: ['P1260^raa/lamning/'],
      monumentId: { from: 'P1260', prefix: 'raa/lamning/', param: 'id' },
      categories: [],
    })
    const remains = item('Q2', { P1260: ['raa/lamning/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'] })
    const ours = uploadWizardUrl(remains, kmr, context('sv', 'Fornlämning'))
    for (const [name, value] of paramsOf(real)) {
      if (name !== 'title') expect.soft(param(ours, name), name).toBe(value)
    }
    expect(ours).toContain('campaign=Kulturl%C3%A4mningar&id=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0')
  })
})

describe('the link parameters', () => {
  const finland = edition({
    id: 'wlm-2026-fi',
    eligibility: ['P4009'],
    monumentId: { from: 'P4009' },
  })
  const verla = item(
    'Q217447',
    {
      P4009: ['1277'],
      P625: [coordinate(61.061992, 26.640016)],
      P373: [text('Verla groundwood and board mill')],
      P18: [{ type: 'commonsMedia', file: 'Verla.jpg' }],
    },
    { en: 'Verla' },
  )

  it('has every parameter once, in a fixed order', () => {
    const href = uploadWizardUrl(verla, finland, context('fi', 'Verla (Wikidata-kohde Q217447)'))
    expect(paramsOf(href)).toEqual([
      ['campaign', 'wlm-fi'],
      ['fields[]', '1277'],
      ['uselang', 'fi'],
      ['descriptionlang', 'fi'],
      ['description', 'Verla (Wikidata-kohde Q217447)'],
      ['captionlang', 'fi'],
      ['caption', 'Verla (Wikidata-kohde Q217447)'],
      ['lat', '61.061992'],
      ['lon', '26.640016'],
      [
        'categories',
        'Images from Wiki Loves Monuments 2026 in Finland|Verla groundwood and board mill',
      ],
    ])
  })

  it('without a contest: the same texts and location, no campaign, the item’s category only', () => {
    const href = plainUploadUrl(verla, {
      ...context('sv', 'Verla (Wikidata-objekt Q217447)'),
      commonsPage: 'https://commons.example/w/index.php?title={title}',
    })
    expect(href.startsWith('https://commons.example/w/index.php?title=Special:UploadWizard&')).toBe(
      true,
    )
    expect(paramsOf(href).filter(([name]) => name !== 'title')).toEqual([
      ['uselang', 'sv'],
      ['descriptionlang', 'sv'],
      ['description', 'Verla (Wikidata-objekt Q217447)'],
      ['captionlang', 'sv'],
      ['caption', 'Verla (Wikidata-objekt Q217447)'],
      ['lat', '61.061992'],
      ['lon', '26.640016'],
      ['categories', 'Verla groundwood and board mill'],
    ])
    const bare = plainUploadUrl(item('Q9', {}), context('en', 'A & B #1 (Wikidata item Q9)'))
    expect(bare).toContain('description=A+%26+B+%231+%28Wikidata+item+Q9%29')
    expect(new URL(bare).searchParams.has('categories')).toBe(false)
    expect(new URL(bare).searchParams.has('lat')).toBe(false)
  })

  it('encodes every value: & | # + and spaces in categories and texts survive (Wikidocumentaries did not encode)', () => {
    const odd = item('Q3', {
      P1435: ['Q9259'],
      P373: [text('Arts & Crafts #1 + more')],
    })
    const href = uploadWizardUrl(odd, edition(), context('en', 'Smith & Sons | 50% #1'))
    expect(param(href, 'categories')).toBe(
      'Images from Wiki Loves Monuments 2026 in Finland|Arts & Crafts #1 + more',
    )
    expect(param(href, 'description')).toBe('Smith & Sons | 50% #1')
    expect(new URL(href).hash).toBe('')
    expect(href).not.toMatch(/[ |#]/)
  })

  it('fills {year} from the edition, never a fixed year (Wikidocumentaries wrote 2023)', () => {
    const next = edition({ year: 2027, start: '2027-09-01', end: '2027-09-30' })
    expect(uploadCategories(item('Q4', { P1435: ['Q9259'] }), next)).toEqual([
      'Images from Wiki Loves Monuments 2027 in Finland',
    ])
  })

  it('fills {campaign} and {id}, and leaves out a category whose id the item lacks', () => {
    const withId = edition({
      monumentId: { from: 'P4009' },
      categories: ['Uploaded via Campaign:{campaign}', 'RKY {id}'],
    })
    expect(uploadCategories(item('Q5', { P4009: ['1277'] }), withId)).toEqual([
      'Uploaded via Campaign:wlm-fi',
      'RKY 1277',
    ])
    expect(uploadCategories(item('Q5', { P1435: ['Q9259'] }), withId)).toEqual([
      'Uploaded via Campaign:wlm-fi',
    ])
  })

  it('takes the monument id from the item, a property, or a prefixed value', () => {
    const entity = item('Q6', { P2951: ['12345'], P1260: ['raa/bbr/2130', 'raa/lamning/abc'] })
    expect(monumentIdValue(entity, edition({ monumentId: { from: 'item' } }))).toBe('Q6')
    expect(monumentIdValue(entity, edition({ monumentId: { from: 'P2951' } }))).toBe('12345')
    const prefixed = { from: 'P1260', prefix: 'raa/lamning/' }
    expect(monumentIdValue(entity, edition({ monumentId: prefixed }))).toBe('abc')
    expect(monumentIdValue(entity, edition())).toBeNull()
  })

  it('leaves out lat/lon without coordinates on Earth, and fields[] without an id', () => {
    const mars = item('Q7', {
      P1435: ['Q9259'],
      P625: [{ type: 'coordinate', lat: 1, lon: 2, precision: 1, globe: 'Q111' }],
    })
    const href = uploadWizardUrl(mars, finland, context('en', 'x'))
    expect(param(href, 'lat')).toBeNull()
    expect(param(href, 'fields[]')).toBeNull()
  })

  it('names the list page in objref, asking for the list to be updated only when the item has no image', () => {
    const listed = edition({
      monumentId: { from: 'P4009' },
      listPage: { wiki: 'fi', title: 'Luettelo Kouvolan kulttuuriympäristöistä' },
    })
    const href = uploadWizardUrl(verla, listed, context('fi', 'Verla'))
    expect(param(href, 'objref')).toBe('fi|Luettelo_Kouvolan_kulttuuriympäristöistä|1277')
    expect(param(href, 'updateList')).toBeNull()
    const bare = item('Q8', { P4009: ['99'] })
    expect(param(uploadWizardUrl(bare, listed, context('fi', 'x')), 'updateList')).toBe('1')
  })
})

describe('the offer', () => {
  const running = edition({ start: '2026-11-01', end: '2026-11-30' })
  const window = dayWindow('2026-11-01', '2026-11-30', 'Europe/Helsinki')
  const topic = item('Q9', { P1435: ['Q9259'] })

  it('links to an upload while the edition runs, with its last day and the days left', () => {
    const offer = campaignOffer(
      topic,
      { edition: running, phase: 'running', window },
      context('en', 'x'),
      Date.parse('2026-11-21T10:00:00+02:00'),
    )
    expect(offer).toMatchObject({
      id: 'wlm-2026-xx',
      firstDay: '2026-11-01',
      lastDay: '2026-11-30',
      daysLeft: 9,
    })
    expect(offer.uploadUrl).toMatch(
      /^https:\/\/commons\.wikimedia\.org\/wiki\/Special:UploadWizard\?/,
    )
  })

  it('never links to an upload before the edition starts', () => {
    const offer = campaignOffer(
      topic,
      { edition: running, phase: 'announced', window },
      context('en', 'x'),
      Date.parse('2026-10-21T10:00:00+02:00'),
    )
    expect(offer.uploadUrl).toBeNull()
  })
})
