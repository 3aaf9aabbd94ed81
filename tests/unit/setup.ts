// Shared test setup. Tests that need the network start the Wikimedia double through
// tests/unit/double.ts; nothing here touches the network.
import { afterEach } from 'vitest'

afterEach(() => {
  document.title = ''
})
