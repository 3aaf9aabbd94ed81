/**
 * The feature sections of a topic page, as data: where each goes, whether it can apply to an
 * entity (decided from the entity alone, so a section that cannot apply costs no code and no
 * request), and the component, loaded lazily so its code stays out of the initial route.
 */
import { defineAsyncComponent, type Component } from 'vue'
import { loadFeatureMessages } from '../../i18n'
import type { FeatureMessageGroup } from '../../messageGroups'
import type { Entity } from '../../domain/entity'
import { hasMapPlace } from '../../domain/mapApplies'
import { isWikisourceWork } from '../../domain/wikisourceTopic'
import { hasCampaignHook } from '../../domain/campaignHooks'
import { hasTimelineDates } from '../../domain/timelineApplies'

/** What every section component receives. */
export interface TopicSectionProps {
  entity: Entity
  /** Content-language chain. */
  chain: string[]
  /** Content language. */
  lang: string
  /** UI language. */
  uilang: string
  /** Rendered alone in an embed frame (/embed/<id>/<section>), without the site around it. */
  embedded?: boolean
}

export interface TopicSection {
  id: string
  /** After the Wikipedia text, or after the facts. */
  placement: 'after-article' | 'after-facts'
  applies: (entity: Entity) => boolean
  component: Component
  /**
   * The query parameters that hold this section's own state (map view, timeline range, filters):
   * the embed dialog carries them into the embed URL. Absent: the section cannot be embedded.
   */
  embedParams?: readonly string[]
}

// Each section's code stays in its own chunk until the section is shown, and brings the English
// messages of the feature groups its code uses with it (src/messageGroups.ts; checked by
// tests/unit/messageGroups.test.ts).
const lazy = (
  messages: readonly FeatureMessageGroup[],
  load: () => Promise<{ default: Component }>,
) =>
  defineAsyncComponent(() =>
    Promise.all([load(), loadFeatureMessages(messages)]).then(([module]) => module),
  )

export const topicSections: TopicSection[] = [
  // Page order: the contest banner first, a work's own text, the pictures; after the facts the
  // map, the timeline, texts on Wikisource and related topics.
  // Contest banners (docs/campaigns.md): only items with a heritage designation, a national
  // heritage id, P3259, P5008 or a class that a contest takes (campaignHooks.ts).
  {
    id: 'campaigns',
    placement: 'after-article',
    applies: hasCampaignHook,
    component: lazy(['campaign'], () => import('../campaign/CampaignBanners.vue')),
    embedParams: [],
  },
  // Texts on Wikisource. "Texts about" the topic come from other items (P921 main subject) or its
  // P1343 qualifiers, which only a query sees: every item may have them, so the section applies to
  // every item (one query-service request; it shows nothing when there are none). A work whose own
  // text is on Wikisource is a text first: its section comes right after the Wikipedia text.
  {
    id: 'wikisource-work',
    placement: 'after-article',
    applies: (entity) => isWikisourceWork(entity),
    component: lazy(['wikisource'], () => import('../wikisource/WikisourceSection.vue')),
    // The text open in the reader (`?text=fi:Title`, domain/wikisource.ts).
    embedParams: ['text'],
  },
  {
    id: 'gallery',
    placement: 'after-article',
    // Any item: the depicts search may find files even without a media statement or category.
    // Other entities only with a media statement, a P373 or a Commons sitelink. Inline (no import)
    // so that no gallery code is in the topic route's initial JavaScript.
    applies: (entity) =>
      entity.kind === 'item' ||
      'P373' in entity.statements ||
      'commonswiki' in entity.sitelinks ||
      Object.values(entity.statements).some((list) =>
        list.some((s) => s.value.type === 'commonsMedia'),
      ),
    component: lazy(['gallery', 'campaign'], () => import('../gallery/GallerySection.vue')),
    // galleryQueryKeys (domain/galleryFilters.ts): the filters and the file open in the viewer.
    embedParams: ['gsource', 'gtype', 'gyear', 'gdepicts', 'file'],
  },
  // The map: the topic's own coordinates (P625), else where it is located (P276/P131/P17).
  // Without any of them the section is absent and Leaflet never loads.
  {
    id: 'map',
    placement: 'after-facts',
    applies: (entity) => entity.kind === 'item' && hasMapPlace(entity),
    component: lazy(['map', 'campaign'], () => import('../map/MapSection.vue')),
    // mapViewQuery (domain/map.ts): the position and zoom, and the layers shown.
    embedParams: ['map', 'maplayers'],
  },
  // The timeline: only a topic with a date of its own (a time statement, even an unknown one, or a
  // statement with a dating qualifier: P585/P580/P582/P1319/P1326). Related items' dates would
  // need a query on every page to find; a topic with none of its own has almost never dated
  // relatives, so without its own dates the section is absent and neither d3 nor a query loads.
  {
    id: 'timeline',
    placement: 'after-facts',
    applies: (entity) => entity.kind === 'item' && hasTimelineDates(entity),
    component: lazy(['timeline'], () => import('../timeline/TimelineSection.vue')),
    // TIMELINE_PARAM (domain/timelineUrl.ts): the visible range.
    embedParams: ['timeline'],
  },
  {
    id: 'wikisource',
    placement: 'after-facts',
    applies: (entity) => entity.kind === 'item' && !isWikisourceWork(entity),
    component: lazy(['wikisource'], () => import('../wikisource/WikisourceSection.vue')),
    // The text open in the reader (`?text=fi:Title`, domain/wikisource.ts).
    embedParams: ['text'],
  },
  {
    id: 'relations',
    placement: 'after-facts',
    applies: (entity) => entity.kind === 'item',
    component: lazy(
      ['relations', 'campaign', 'map'],
      () => import('../relations/RelationsSection.vue'),
    ),
    embedParams: [],
  },
  // Visualizations (docs/visualizations.md): charts of the topic's works, people, parts, heritage
  // and media. Any item may have some (the media chart reads the gallery's files), so it applies
  // to every item and is absent when no chart found anything; its one query is sent when it
  // nears the viewport. Inline (no import) so no chart code is in the initial JavaScript.
  {
    id: 'visualizations',
    placement: 'after-facts',
    applies: (entity) => entity.kind === 'item',
    component: lazy(['viz', 'gallery'], () => import('../viz/VizSection.vue')),
    // VIZ_PARAM and VIZ_VIEW_PARAM (domain/visualizations.ts): the chart shown, chart or table.
    embedParams: ['viz', 'vizview'],
  },
]

/**
 * The sections that apply to an entity at a placement, in page order; `enabled` (config
 * `sections`) limits them to those ids.
 */
export function sectionsFor(
  entity: Entity,
  placement: TopicSection['placement'],
  enabled: readonly string[] | null = null,
): TopicSection[] {
  return topicSections.filter(
    (s) =>
      s.placement === placement &&
      (enabled === null || enabled.includes(s.id.replace(/-.*$/, ''))) &&
      s.applies(entity),
  )
}
