/** Whether a component is drawn inside an embed frame (provided by EmbedFrame). */
import { inject, type InjectionKey } from 'vue'

export const embeddedKey: InjectionKey<boolean> = Symbol('embedded frame')

/** True inside an embed frame: no embed action there, and no page around the section. */
export function useEmbedded(): boolean {
  return inject(embeddedKey, false)
}
