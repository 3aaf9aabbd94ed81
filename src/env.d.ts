/// <reference types="vite/client" />

declare const __KOOSTE_VERSION__: string

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare module 'virtual:kooste-messages/*' {
  const messages: Record<string, string>
  export default messages
}
