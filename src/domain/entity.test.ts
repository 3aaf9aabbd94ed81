// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { bestStatements, mapEntityResponse } from './entity'
import { groupFacts, referencedIds, externalIdProperties } from './facts'

const snak = (property: string, datatype: string, datavalue: unknown) => ({
  snaktype: 'value',
  property,
  datatype,
  datavalue,
})
const item = (id: string) => ({
  type: 'wikibase-entityid',
  value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id },
})
const claim = (id: string, mainsnak: unknown, rank = 'normal', extra: object = {}) => ({
  id,
  mainsnak,
  rank,
  type: 'statement',
  ...extra,
})

const body = {
  entities: {
    Q1: {
      id: 'Q1',
      type: 'item',
      labels: {
        fi: { language: 'fi', value: 'Verla' },
        'de-at': { language: 'de', value: 'Verla (de)' },
      },
      descriptions: { en: { language: 'en', value: 'mill' } },
      aliases: { fi: [{ language: 'fi', value: 'Verlan tehdas' }] },
      sitelinks: {
        fiwiki: { site: 'fiwiki', title: 'Verla', badges: [] },
        fiwikisource: { site: 'fiwikisource', title: 'Verla', badges: [] },
        be_x_oldwiki: { site: 'be_x_oldwiki', title: 'Верла', badges: [] },
        commonswiki: { site: 'commonswiki', title: 'Category:Verla', badges: [] },
      },
      claims: {
        P31: [claim('s1', snak('P31', 'wikibase-item', item('Q2')))],
        P17: [
          claim('s2', snak('P17', 'wikibase-item', item('Q33')), 'deprecated'),
          claim('s3', snak('P17', 'wikibase-item', item('Q34')), 'preferred'),
          claim('s4', snak('P17', 'wikibase-item', item('Q35'))),
        ],
        P1082: [
          claim(
            's5',
            snak('P1082', 'quantity', { type: 'quantity', value: { amount: '+80000', unit: '1' } }),
            'normal',
            {
              qualifiers: {
                P585: [
                  snak('P585', 'time', {
                    type: 'time',
                    value: {
                      time: '+2020-00-00T00:00:00Z',
                      precision: 9,
                      calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
                    },
                  }),
                ],
              },
              'qualifiers-order': ['P585'],
            },
          ),
        ],
        P2046: [
          claim(
            's6',
            snak('P2046', 'quantity', {
              type: 'quantity',
              value: { amount: '+12.5', unit: 'http://www.wikidata.org/entity/Q712226' },
            }),
          ),
        ],
        P757: [claim('s7', snak('P757', 'external-id', { type: 'string', value: '751' }))],
        P18: [claim('s8', snak('P18', 'commonsMedia', { type: 'string', value: 'Verla.jpg' }))],
        P999: [claim('s9', { snaktype: 'somevalue', property: 'P999', datatype: 'string' })],
        P998: [
          claim('s10', {
            snaktype: 'value',
            property: 'P998',
            datatype: 'time',
            datavalue: { type: 'time', value: { time: 'garbage' } },
          }),
        ],
        P5972: [
          claim(
            's11',
            snak('P5972', 'wikibase-sense', {
              type: 'wikibase-entityid',
              value: { 'entity-type': 'sense', id: 'L512-S1' },
            }),
          ),
        ],
      },
    },
    Q6: { id: 'Q6', missing: '' },
    Q100: {
      id: 'Q1040',
      type: 'item',
      redirects: { from: 'Q100', to: 'Q1040' },
      labels: {},
      claims: {},
    },
  },
}

describe('mapEntityResponse', () => {
  const response = mapEntityResponse(body)
  const entity = response.entities.Q1!

  it('keeps terms under the language they are actually in', () => {
    expect(entity.labels).toEqual({ fi: 'Verla', de: 'Verla (de)' })
    expect(entity.aliases.fi).toEqual(['Verlan tehdas'])
  })
  it('reads sitelinks with their project and language', () => {
    expect(entity.sitelinks.fiwiki).toMatchObject({
      lang: 'fi',
      project: 'wikipedia',
      title: 'Verla',
    })
    expect(entity.sitelinks.fiwikisource).toMatchObject({ lang: 'fi', project: 'wikisource' })
  })
  it('gives be_x_oldwiki the language of its domain, be-tarask, and Commons no language', () => {
    expect(entity.sitelinks.be_x_oldwiki).toMatchObject({ lang: 'be-tarask', project: 'wikipedia' })
    expect(entity.sitelinks.commonswiki).toMatchObject({ lang: null, project: 'commons' })
  })
  it('reports missing ids and redirects', () => {
    expect(response.missing).toEqual(['Q6'])
    expect(response.redirects).toEqual({ Q100: 'Q1040' })
    expect(response.entities.Q1040).toBeDefined()
  })
  it('drops statements with malformed values and keeps unknown values', () => {
    expect(entity.statements.P998).toBeUndefined()
    expect(entity.statements.P999?.[0]?.value).toEqual({ type: 'somevalue' })
  })
  it('keeps statements whose value is a lexeme sense or form, as unsupported values', () => {
    expect(entity.statements.P5972?.[0]?.value).toEqual({
      type: 'unsupported',
      datatype: 'wikibase-sense',
    })
  })
  it('maps quantities with units and qualifiers in order', () => {
    expect(entity.statements.P2046?.[0]?.value).toEqual({
      type: 'quantity',
      amount: 12.5,
      unit: 'Q712226',
    })
    const population = entity.statements.P1082?.[0]
    expect(population?.qualifiers[0]?.property).toBe('P585')
    expect(population?.qualifiers[0]?.values[0]).toMatchObject({
      type: 'time',
      time: { year: 2020, precision: 9 },
    })
  })
  it('takes preferred statements over normal ones and never deprecated ones', () => {
    expect(bestStatements(entity, 'P17').map((s) => s.id)).toEqual(['s3'])
  })
  it('rejects a body without entities', () => {
    expect(() => mapEntityResponse({ error: { code: 'no-such-entity' } })).toThrow('no entities')
    expect(() => mapEntityResponse('<html>')).toThrow()
  })
})

describe('facts', () => {
  const entity = mapEntityResponse(body).entities.Q1!

  it('groups statements by kind, known properties first', () => {
    const groups = groupFacts(entity)
    expect(groups.map((g) => g.id)).toEqual([
      'about',
      'place',
      'measures',
      'media',
      'identifiers',
      'other',
    ])
    expect(groups.find((g) => g.id === 'measures')?.properties.map((p) => p.property)).toEqual([
      'P1082',
      'P2046',
    ])
  })
  it('leaves deprecated statements out', () => {
    const place = groupFacts(entity).find((g) => g.id === 'place')
    expect(place?.properties[0]?.statements.map((s) => s.id)).toEqual(['s3', 's4'])
  })
  it('lists every entity the statements mention, units and qualifiers included', () => {
    const refs = referencedIds(entity)
    expect(refs.items.sort()).toEqual(['Q2', 'Q33', 'Q34', 'Q35', 'Q712226'])
    expect(refs.properties).toContain('P585')
    expect(refs.properties).toContain('P31')
  })
  it('finds the external-id properties', () => {
    expect(externalIdProperties(entity)).toEqual(['P757'])
  })
})
