// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { edition, editionRecord } from '../../tests/unit/campaignFixtures'
import { mapAllCampaigns, mapRegistryPage, mergeEditions } from './campaignSources'
import { ShapeError } from './guards'

const registryJson = JSON.stringify({ version: 1, editions: [editionRecord()] })
const tabJson = JSON.stringify({
  license: 'CC0-1.0',
  schema: {
    fields: [
      'id',
      'series',
      'year',
      'name',
      'start',
      'end',
      'time_zone',
      'campaign',
      'eligibility',
    ].map((name) => ({ name, type: 'string' })),
  },
  data: [
    [
      'wlf-2026',
      'wiki-loves-folklore',
      2026,
      { en: 'WLF 2026' },
      '2026-02-01',
      '2026-03-31',
      'UTC',
      'wlf-2026',
      'P3259',
    ],
  ],
})

describe('the registry page from prop=revisions', () => {
  it('reads formatversion 2 with rvslots=main (content in slots.main.content)', () => {
    const body = {
      batchcomplete: true,
      query: {
        pages: [
          {
            pageid: 1,
            ns: 486,
            title: 'Data:Kooste/campaigns.tab',
            revisions: [
              {
                slots: {
                  main: {
                    contentmodel: 'Tabular.JsonConfig',
                    contentformat: 'application/json',
                    content: tabJson,
                  },
                },
              },
            ],
          },
        ],
      },
    }
    const parsed = mapRegistryPage(body, 'Data:Kooste/campaigns.tab')
    expect(parsed.editions.map((e) => [e.id, e.source])).toEqual([
      ['wlf-2026', 'Data:Kooste/campaigns.tab'],
    ])
  })

  it('reads formatversion 1 (pages keyed by id, content in *) and a JSON registry page', () => {
    const body = {
      query: {
        pages: {
          '7': {
            pageid: 7,
            ns: 2,
            title: 'User:X/campaigns.json',
            revisions: [{ slots: { main: { '*': registryJson } } }],
          },
        },
      },
    }
    expect(mapRegistryPage(body, 'User:X/campaigns.json').editions).toHaveLength(1)
  })

  it('reads the legacy answer without rvslots (content on the revision)', () => {
    const body = {
      query: {
        pages: [{ pageid: 1, ns: 486, title: 'T', revisions: [{ content: registryJson }] }],
      },
    }
    expect(mapRegistryPage(body, 'T').editions).toHaveLength(1)
  })

  it('takes a missing page as an empty registry, a non-JSON page as a problem, an odd answer as malformed', () => {
    const missing = {
      query: { pages: [{ ns: 486, title: 'Data:Kooste/campaigns.tab', missing: true }] },
    }
    expect(mapRegistryPage(missing, 'x')).toEqual({ editions: [], problems: [] })
    const text = {
      query: {
        pages: [
          {
            pageid: 1,
            ns: 0,
            title: 'T',
            revisions: [{ slots: { main: { content: '== Hi ==' } } }],
          },
        ],
      },
    }
    expect(mapRegistryPage(text, 'T').problems).toEqual([
      { source: 'T', entry: '*', message: 'page is not JSON' },
    ])
    expect(() => mapRegistryPage({ error: { code: 'x' } }, 'T')).toThrow(ShapeError)
  })
})

describe('list=allcampaigns', () => {
  it('reads each campaign’s state from its JSON, and the continuation', () => {
    const body = {
      batchcomplete: true,
      continue: { uwccontinue: '9', continue: '-||' },
      query: {
        allcampaigns: {
          '1': {
            '*': JSON.stringify({ enabled: true, title: 'WLM Finland' }),
            name: 'wlm-fi',
            trackingCategory: 'Uploaded_via_Campaign:wlm-fi',
            totalUploads: 3,
          },
          '2': { '*': JSON.stringify({ enabled: false }), name: 'wlm-fi-2016' },
          '3': {
            '*': JSON.stringify({ enabled: true, start: '2026-09-01', end: '2026-10-01' }),
            name: 'Kulturlämningar',
          },
          '4': { '*': '{not json', name: 'broken' },
        },
      },
    }
    const { campaigns, next } = mapAllCampaigns(body)
    expect(next).toBe('9')
    expect([...campaigns]).toEqual([
      ['wlm-fi', { enabled: true, start: null, end: null }],
      ['wlm-fi-2016', { enabled: false, start: null, end: null }],
      [
        'Kulturlämningar',
        {
          enabled: true,
          start: Date.parse('2026-09-01T00:00:00Z'),
          end: Date.parse('2026-10-01T00:00:00Z'),
        },
      ],
    ])
  })

  it('reads PHP’s empty list ([]) and rejects an answer without the module', () => {
    expect(
      mapAllCampaigns({ batchcomplete: true, query: { allcampaigns: [] } }).campaigns.size,
    ).toBe(0)
    expect(() => mapAllCampaigns({ batchcomplete: true })).toThrow(ShapeError)
  })
})

describe('merging the sources', () => {
  it('lets the wiki page replace a bundled edition in place and appends its new ones', () => {
    const a = edition({ id: 'wlm-2026-aa' })
    const b = edition({ id: 'wlm-2026-bb' })
    const fixedA = edition({ id: 'wlm-2026-aa', end: '2026-10-15' }, 'Data:Kooste/campaigns.tab')
    const c = edition({ id: 'wlm-2026-cc' }, 'Data:Kooste/campaigns.tab')
    const merged = mergeEditions([a, b], [c, fixedA])
    expect(merged.map((e) => [e.id, e.end, e.source])).toEqual([
      ['wlm-2026-aa', '2026-10-15', 'Data:Kooste/campaigns.tab'],
      ['wlm-2026-bb', '2026-09-30', 'test'],
      ['wlm-2026-cc', '2026-09-30', 'Data:Kooste/campaigns.tab'],
    ])
  })

  it('works with one source empty (down)', () => {
    const a = edition({ id: 'wlm-2026-aa' })
    expect(mergeEditions([], [a]).map((e) => e.id)).toEqual(['wlm-2026-aa'])
    expect(mergeEditions([a], []).map((e) => e.id)).toEqual(['wlm-2026-aa'])
  })
})
