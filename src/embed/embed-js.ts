/**
 * embed.js, the loader's entry: built on its own as a classic script at the site's base URL
 * (scripts/vite-embed-loader.ts), so a host page needs one `<script async src=".../embed.js">`.
 * `window.KoosteEmbed.scan()` picks up placeholders added later.
 */
import { startLoader, type KoosteLoader } from './loader'

const host = window as Window & { KoosteEmbed?: KoosteLoader }
const script = document.currentScript
if (!host.KoosteEmbed && script instanceof HTMLScriptElement && script.src) {
  host.KoosteEmbed = startLoader(window, script.src)
}
