import type { Page } from '@playwright/test'

/** The JavaScript files a page loads, by path, collected as they arrive. */
export function loadedScripts(page: Page): string[] {
  const names: string[] = []
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.pathname.endsWith('.js')) names.push(url.pathname)
  })
  return names
}
