// @vitest-environment node
// The bundled campaign registry (public/campaigns/registry.json) and the demo world's registry page
// against the schema: every entry valid, every rule's property and class a section hook, and the
// editions Wikidocumentaries listed present with the right countries.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  knownSeries,
  parseRegistry,
  parseTabularRegistry,
  type CampaignEdition,
} from '../../src/domain/campaignRegistry'
import { campaignHookClasses, campaignHookProperties } from '../../src/domain/campaignHooks'
import { editionRecord } from './campaignFixtures'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const readJson = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'))

const bundledBody = readJson('public/campaigns/registry.json')
const bundled = parseRegistry(bundledBody, 'bundled')
const demoPage = parseTabularRegistry(
  readJson('demo-world/commons-data/Kooste%2Fcampaigns.tab.json'),
  'Data:Kooste/campaigns.tab',
)
const byId = new Map(bundled.editions.map((e) => [e.id, e]))
const get = (id: string): CampaignEdition => {
  const edition = byId.get(id)
  if (!edition) throw new Error(`no edition ${id}`)
  return edition
}

describe('the bundled registry', () => {
  it('is version 1 and every entry passes the schema', () => {
    expect((bundledBody as { version: number }).version).toBe(1)
    expect(bundled.problems).toEqual([])
    expect(bundled.editions.length).toBe((bundledBody as { editions: unknown[] }).editions.length)
  })

  it('rejects a malformed copy of its own entries, entry by entry', () => {
    const editions = (bundledBody as { editions: Record<string, unknown>[] }).editions
    const broken = parseRegistry(
      {
        version: 1,
        editions: [
          { ...editions[0], start: '2026-09-31' },
          { ...editions[1], eligibility: ['P1435=Portugal'] },
          editions[2],
        ],
      },
      'broken',
    )
    expect(broken.editions.map((e) => e.id)).toEqual([editions[2]?.id])
    expect(broken.problems.map((p) => p.message)).toEqual([
      'start must be a date YYYY-MM-DD',
      'not a rule: "P1435=Portugal"',
    ])
  })

  it('covers Wiki Loves Monuments 2026 for the countries Wikidocumentaries listed', () => {
    const wlm = bundled.editions.filter(
      (e) => e.series === 'wiki-loves-monuments' && e.year === 2026,
    )
    const countries = new Set(wlm.flatMap((e) => e.countries))
    // Wikidocumentaries' tables (2020, 2023) and the countries of its national id hooks.
    for (const qid of [
      'Q262',
      'Q399',
      'Q21203',
      'Q40',
      'Q227',
      'Q902',
      'Q962',
      'Q224',
      'Q79',
      'Q33',
      'Q142',
      'Q1006',
      'Q668',
      'Q796',
      'Q833',
      'Q837',
      'Q20',
      'Q419',
      'Q928',
      'Q36',
      'Q218',
      'Q159',
      'Q29',
      'Q34',
      'Q869',
      'Q865',
      'Q212',
      'Q30',
      'Q38',
      'Q31',
      'Q215',
      'Q233',
      'Q45',
      'Q145',
    ]) {
      expect.soft(countries.has(qid), qid).toBe(true)
    }
  })

  it('has the right country for each, not Wikidocumentaries’ slips', () => {
    expect(get('wlm-2026-pt').countries).toEqual(['Q45'])
    expect(get('wlm-2026-pt').campaign).not.toBe('wlm-pl')
    expect(get('wlm-2026-be-vlg').regions).toEqual(['Q9337'])
    expect(get('wlm-2026-be-wal').regions).toEqual(['Q231'])
    expect(get('wlm-2026-at').monumentId).toEqual({ from: 'P2951', prefix: null, param: 'fields' })
    expect(get('wlm-2026-my').campaign).not.toBe('wlm-np')
    // Several campaigns in one country: Sweden and the United Kingdom.
    expect(bundled.editions.filter((e) => e.countries.includes('Q34')).length).toBeGreaterThan(1)
    expect(bundled.editions.filter((e) => e.countries.includes('Q145')).length).toBeGreaterThan(1)
  })

  it('has at least one edition of Earth, Folklore and Living Heritage', () => {
    for (const series of [
      'wiki-loves-earth',
      'wiki-loves-folklore',
      'wiki-loves-living-heritage',
    ]) {
      expect
        .soft(
          bundled.editions.some((e) => e.series === series),
          series,
        )
        .toBe(true)
    }
    expect(
      bundled.editions.every((e) => (knownSeries as readonly string[]).includes(e.series)),
    ).toBe(true)
  })

  it('says in every edition’s notes what is verified', () => {
    for (const edition of bundled.editions) {
      expect.soft(edition.notes ?? '', edition.id).toMatch(/verified/i)
    }
  })

  it('uses only properties and classes the topic page hooks on (sections.ts decides from them)', () => {
    for (const edition of [...bundled.editions, ...demoPage.editions]) {
      for (const rule of edition.eligibility) {
        if (rule.kind === 'class') {
          for (const id of rule.classes) expect.soft(campaignHookClasses, edition.id).toContain(id)
        } else {
          expect.soft(campaignHookProperties, edition.id).toContain(rule.property)
        }
      }
    }
  })

  it('uses the WLM category with the edition’s year and country, never a fixed year', () => {
    for (const edition of bundled.editions.filter((e) => e.series === 'wiki-loves-monuments')) {
      expect
        .soft(edition.categories, edition.id)
        .toEqual(['Images from Wiki Loves Monuments {year} in {country}'])
    }
  })
})

describe('the demo world’s registry page', () => {
  it('is a valid tabular page with one running, one ended and one disabled-campaign edition', () => {
    expect(demoPage.problems).toEqual([])
    expect(demoPage.editions.map((e) => [e.id, e.start, e.end, e.campaign])).toEqual([
      ['kooste-demo-2026-11-fi', '2026-11-01', '2026-11-30', 'wlm-fi'],
      ['kooste-demo-2026-10-fi', '2026-10-01', '2026-10-31', 'wlm-fi'],
      ['kooste-demo-2026-11-closed', '2026-11-01', '2026-11-30', 'wlm-fi-2016'],
    ])
    for (const edition of demoPage.editions) expect(edition.notes).toMatch(/^Synthetic/)
  })

  it('does not reuse a bundled id (it would replace a real edition)', () => {
    expect(demoPage.editions.filter((e) => byId.has(e.id))).toEqual([])
    expect(editionRecord().id).not.toMatch(/^kooste-demo/)
  })
})
