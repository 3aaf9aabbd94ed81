import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default defineConfig(async (env) =>
  mergeConfig(await viteConfig(env), {
    test: {
      environment: 'jsdom',
      include: [
        'src/**/*.test.ts',
        'tests/unit/**/*.test.ts',
        'tests/double/**/*.test.ts',
        'tests/conformance/**/*.test.ts',
      ],
      setupFiles: ['tests/unit/setup.ts'],
      testTimeout: 20000,
    },
  }),
)
