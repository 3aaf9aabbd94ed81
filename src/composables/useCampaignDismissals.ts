/**
 * Campaign banners a reader has hidden, remembered per edition in localStorage, so that hiding
 * Wiki Loves Monuments 2026 in Finland hides it on every topic, and next year's edition shows.
 */
import { shallowRef } from 'vue'

const storageKey = 'kooste:campaign-dismissed:v1'
/** The newest dismissals kept; editions end, so old ids are worth nothing. */
const keep = 200

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    // Storage can be switched off (privacy settings, sandboxed iframes).
    return null
  }
}

/** The dismissed edition ids in storage, oldest first; anything unreadable is ignored. */
export function readDismissed(store: Storage | null = storage()): string[] {
  try {
    const value: unknown = JSON.parse(store?.getItem(storageKey) ?? '[]')
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

/** Adds an edition id to storage (best effort: a full or disabled storage just forgets). */
export function writeDismissed(id: string, store: Storage | null = storage()): string[] {
  const ids = [...readDismissed(store).filter((known) => known !== id), id].slice(-keep)
  try {
    store?.setItem(storageKey, JSON.stringify(ids))
  } catch {
    // Quota or privacy mode: the banner stays hidden for this page only.
  }
  return ids
}

// One reactive list per page, shared by every banner.
const dismissed = shallowRef<ReadonlySet<string> | null>(null)

/** Which editions are hidden, and a way to hide one. */
export function useCampaignDismissals() {
  dismissed.value ??= new Set(readDismissed())
  return {
    isDismissed: (id: string) => dismissed.value?.has(id) ?? false,
    dismiss(id: string) {
      dismissed.value = new Set([...(dismissed.value ?? []), ...writeDismissed(id)])
    },
    /** Forgets the in-memory copy (tests; another tab's changes are read on the next page). */
    reload() {
      dismissed.value = new Set(readDismissed())
    },
  }
}
