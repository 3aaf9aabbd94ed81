// Shared test setup. Tests that need the network start the Wikimedia double through
// tests/unit/double.ts; nothing here touches the network.
import { afterEach } from 'vitest'
import { loadFeatureMessages } from '../../src/i18n'
import { featureMessageGroups } from '../../src/messageGroups'

// Components are mounted directly here, not through the lazy section loaders that bring the
// features' English messages: add every group up front.
await loadFeatureMessages(featureMessageGroups)

// jsdom has no layout, and no scrolling methods: Codex's tabs scroll their list into view.
if (typeof Element !== 'undefined') Element.prototype.scrollBy ??= () => undefined

afterEach(() => {
  // Node-environment tests (the double, i18n files) have no document.
  if (typeof document !== 'undefined') document.title = ''
})
