/**
 * A topic page's data. Wave 1 is the entity itself; wave 2, all at once, is the labels of
 * everything its statements mention (batches of 50), the Commons files they name, and the
 * formatter URLs of its external ids. Each part is its own section and fails on its own.
 */
import { type Ref } from 'vue'
import { useServices } from '../services'
import { useSection } from './useSection'
import { externalIdProperties, referencedIds } from '../domain/facts'
import { formatterUrlQuery, mapFormatterUrls } from '../domain/sparql'
import { useTopicEntity } from './useTopicEntity'
import type { Entity } from '../domain/entity'

function mediaFiles(entity: Entity): string[] {
  const names: string[] = []
  for (const statements of Object.values(entity.statements)) {
    for (const s of statements) if (s.value.type === 'commonsMedia') names.push(s.value.file)
  }
  // P18 first, so the header's image is in the first batch.
  const image = entity.statements.P18?.[0]?.value
  if (image?.type === 'commonsMedia') names.unshift(image.file)
  return [...new Set(names)]
}

/** Loads a topic by id in the given content-language chain. */
export function useTopic(id: Ref<string | null>, chain: Ref<string[]>, lang: Ref<string>) {
  const { wikidata, commons, sparql } = useServices()
  const { topic, entity } = useTopicEntity(id)

  const labels = useSection(
    () => (entity.value ? { entity: entity.value, chain: chain.value } : null),
    (input, signal) => {
      if (!input) return undefined
      const { items, properties } = referencedIds(input.entity)
      return wikidata
        .getEntities([...properties, ...items], {
          props: ['labels'],
          languages: input.chain,
          signal,
        })
        .then((response) => {
          const out: Record<string, Record<string, string>> = {}
          for (const [key, value] of Object.entries(response.entities)) out[key] = value.labels
          return out
        })
    },
  )

  const formatters = useSection(entity, (value, signal) => {
    const properties = value ? externalIdProperties(value) : []
    if (!properties.length) return undefined
    return sparql.runQuery(formatterUrlQuery(properties), signal).then(mapFormatterUrls)
  })

  const media = useSection(
    () => (entity.value ? { names: mediaFiles(entity.value), lang: lang.value } : null),
    (input, signal) => {
      if (!input?.names.length) return undefined
      return commons.getImageInfo(input.names, { width: 330, lang: input.lang, signal })
    },
  )

  return { topic, entity, labels, formatters, media }
}
