/**
 * The file the viewer shows, asked for by title with a large rendition (so a deep link works even
 * for a file the grid has not loaded), and what it depicts.
 */
import { computed, type Ref } from 'vue'
import { useServices } from '../services'
import { standardWidths } from '../api/commonsGallery'
import { useSection } from './useSection'
import type { GalleryFile } from '../domain/gallery'

/** Width of the viewer's picture (srcset adds 1.5× and 2×). */
export const VIEWER_WIDTH = standardWidths.viewer

export interface ViewerFile {
  /** Null when Commons has no such file. */
  file: GalleryFile | null
  depicts: string[]
}

/**
 * Loads the viewer's file whenever the title changes; `knownDepicts` gives what the grid already
 * knows a file depicts, which saves asking again.
 */
export function useGalleryViewer(
  title: Ref<string | null>,
  lang: Ref<string>,
  knownDepicts: (title: string) => readonly string[] | null = () => null,
) {
  const { commons } = useServices()
  const viewer = useSection(
    () => (title.value ? { title: title.value, lang: lang.value } : null),
    (input, signal) => {
      if (!input) return undefined
      return commons.gallery().then(async (api): Promise<ViewerFile> => {
        const page = await api.getGalleryFiles([input.title], {
          width: VIEWER_WIDTH,
          lang: input.lang,
          signal,
          renditions: true,
        })
        const file = page.files[0] ?? null
        const known = file ? knownDepicts(file.title) : null
        if (known) return { file, depicts: [...known] }
        if (!file || file.pageid === null) return { file, depicts: [] }
        const info = await api
          .getMediaInfo([file.pageid], { signal })
          .catch(() => ({}) as Record<string, { depicts: string[] }>)
        return { file, depicts: info[`M${file.pageid}`]?.depicts ?? [] }
      })
    },
  )
  return { viewer, file: computed(() => viewer.data.value?.file ?? null) }
}
