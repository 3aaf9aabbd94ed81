// Shared test setup. Tests that need the network start the Wikimedia double through
// tests/unit/double.ts; nothing here touches the network.
import { afterEach } from 'vitest'

afterEach(() => {
  // Node-environment tests (the double, i18n files) have no document.
  if (typeof document !== 'undefined') document.title = ''
})
