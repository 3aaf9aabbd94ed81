/**
 * Whether the app can reach the network: the browser's own online/offline state, and requests
 * that failed for want of a network (src/api/http.ts `networkEvents`) while the browser still
 * believes it is online (a dropped Wi-Fi, a captive portal). Any answer that arrives clears it.
 */
import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue'
import { networkEvents } from '../api/http'

export interface NetworkStatus {
  /** True while the network is known to be gone. */
  offline: Readonly<Ref<boolean>>
  /** True once it was gone and has come back (until the next loss). */
  recovered: Readonly<Ref<boolean>>
}

export function useNetworkStatus(
  target: EventTarget = window,
  events: EventTarget = networkEvents,
  isOnline: () => boolean = () => navigator.onLine,
): NetworkStatus {
  const offline = ref(false)
  const recovered = ref(false)
  let failures = 0
  const lost = () => {
    offline.value = true
    recovered.value = false
  }
  const back = () => {
    if (offline.value) recovered.value = true
    offline.value = false
  }
  const onOffline = () => lost()
  const onOnline = () => back()
  // One failed request proves little while the browser says it is online (a server may have
  // hung up); a second one with no answer between them does.
  const onFailure = () => {
    failures++
    if (!isOnline() || failures >= 2) lost()
  }
  const onAnswer = () => {
    failures = 0
    if (isOnline()) back()
  }
  onMounted(() => {
    if (!isOnline()) offline.value = true
    target.addEventListener('offline', onOffline)
    target.addEventListener('online', onOnline)
    events.addEventListener('failure', onFailure)
    events.addEventListener('answer', onAnswer)
  })
  onBeforeUnmount(() => {
    target.removeEventListener('offline', onOffline)
    target.removeEventListener('online', onOnline)
    events.removeEventListener('failure', onFailure)
    events.removeEventListener('answer', onAnswer)
  })
  return { offline: readonly(offline), recovered: readonly(recovered) }
}
