/**
 * The feature sections of a topic page, as data: where each goes, whether it can apply to an
 * entity (decided from the entity alone, so a section that cannot apply costs no code and no
 * request), and the component, loaded lazily so its code stays out of the initial route.
 */
import { defineAsyncComponent, type Component } from 'vue'
import type { Entity } from '../../domain/entity'

/** What every section component receives. */
export interface TopicSectionProps {
  entity: Entity
  /** Content-language chain. */
  chain: string[]
  /** Content language. */
  lang: string
  /** UI language. */
  uilang: string
}

export interface TopicSection {
  id: string
  /** After the Wikipedia text, or after the facts. */
  placement: 'after-article' | 'after-facts'
  applies: (entity: Entity) => boolean
  component: Component
}

const lazy = (load: () => Promise<{ default: Component }>) => defineAsyncComponent(load)

export const topicSections: TopicSection[] = [
  // section: gallery
  // section: map
  // section: wikisource
  // section: relations
]

/** The sections that apply to an entity at a placement, in page order. */
export function sectionsFor(entity: Entity, placement: TopicSection['placement']): TopicSection[] {
  return topicSections.filter((s) => s.placement === placement && s.applies(entity))
}

// `lazy` keeps each section's code in its own chunk; entries above use it.
export { lazy }
