/** The content and UI languages of the current route, their chain and direction. */
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { direction, languageChain } from '../domain/languages'
import { languageQuery, readLanguages } from '../domain/route'

/** Reads the languages from the URL; setters replace the query so the state stays shareable. */
export function useLanguages() {
  const route = useRoute()
  const router = useRouter()
  const browser = globalThis.navigator?.language ?? 'en'
  const state = computed(() => readLanguages(route.query, browser))
  const lang = computed(() => state.value.lang)
  const uilang = computed(() => state.value.uilang)

  function set(key: 'lang' | 'uilang', code: string) {
    void router.replace({ query: { ...route.query, [key]: code } })
  }

  return {
    lang,
    uilang,
    chain: computed(() => languageChain(lang.value)),
    dir: computed(() => direction(lang.value)),
    uidir: computed(() => direction(uilang.value)),
    /** The language part of the query, to carry over on links. */
    query: computed(() => languageQuery(route.query)),
    setLang: (code: string) => set('lang', code),
    setUiLang: (code: string) => set('uilang', code),
  }
}
