/**
 * Starts the Wikimedia double behind msw for a test file: every fetch to a Wikimedia URL is answered
 * from the dataset, and anything the double does not know fails the test instead of reaching the
 * network.
 */
import { afterAll, afterEach, beforeAll } from 'vitest'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { createDouble, type Double } from '../double/index.ts'

/** Registers the double for the current test file; `double()` is usable inside tests. */
export function useDouble(dataset?: string): () => Double {
  let double: Double | null = null
  const server = setupServer(http.all('*', ({ request }) => double!.handle(request)))
  beforeAll(async () => {
    double = await createDouble({ dataset })
    server.listen()
  })
  afterEach(() => double?.reset())
  afterAll(() => server.close())
  return () => {
    if (!double) throw new Error('the double is not started yet')
    return double
  }
}
