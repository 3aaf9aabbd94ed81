/**
 * Every file of the real-response folder through every mapper: each is accepted or rejected with a
 * ShapeError, never crashes. The folder is listed at run time, so new files are covered as added.
 */
import { describe, expect, it } from 'vitest'
import { attempt, everyMapper } from './contract'
import { allFiles, fixturesExist, loadFixture, reportWhenSkipped } from './fixtures'

reportWhenSkipped()

describe.skipIf(!fixturesExist)('every real response through every mapper', () => {
  const files = allFiles()

  it('finds the files', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  describe.each(files)('%s', (file) => {
    const loaded = loadFixture(file)
    it.each(everyMapper.map((m) => [m.name, m] as const))(
      'is accepted or rejected with a ShapeError by %s',
      (_, mapper) => {
        const outcome = attempt(() => mapper.run(loaded.body))
        expect(['accepted', 'rejected']).toContain(outcome.status)
      },
    )
  })
})
