// The postMessage protocol: what a received message may be, and what the embed sends and to whom.
import { describe, expect, it, vi } from 'vitest'
import {
  MAX_HEIGHT,
  MIN_HEIGHT,
  NAVIGATE,
  RESIZE,
  clampHeight,
  readMessage,
} from '../../src/embed/protocol'
import { announceNavigation, reportSize } from '../../src/embed/frame'

const origin = 'https://kooste.example'

describe('message types', () => {
  it('carry the protocol version in their names', () => {
    expect(RESIZE).toBe('kooste-embed:v1:resize')
    expect(NAVIGATE).toBe('kooste-embed:v1:navigate')
  })
})

describe('readMessage', () => {
  it.each([
    [
      { type: RESIZE, height: 321 },
      { type: RESIZE, height: 321 },
    ],
    [
      { type: RESIZE, height: 0.5, extra: 'x' },
      { type: RESIZE, height: 0.5 },
    ],
    [
      { type: NAVIGATE, url: `${origin}/Q1?lang=fi` },
      { type: NAVIGATE, url: `${origin}/Q1?lang=fi` },
    ],
  ])('reads %o', (data, message) => {
    expect(readMessage(data, origin)).toEqual(message)
  })

  it.each([
    [null],
    ['kooste-embed:v1:resize'],
    [42],
    [{}],
    [{ type: RESIZE }],
    [{ type: RESIZE, height: '100' }],
    [{ type: RESIZE, height: Number.NaN }],
    [{ type: RESIZE, height: -Infinity }],
    [{ type: 'kooste-embed:v2:resize', height: 100 }],
    [{ type: NAVIGATE }],
    [{ type: NAVIGATE, url: 'https://evil.example/Q1' }],
    [{ type: NAVIGATE, url: 'javascript:alert(1)' }],
    [{ type: NAVIGATE, url: '/Q1' }],
    [{ type: NAVIGATE, url: `${origin}/${'x'.repeat(3000)}` }],
  ])('rejects %o', (data) => {
    expect(readMessage(data, origin)).toBeNull()
  })
})

describe('clampHeight', () => {
  it.each([
    [300, undefined, 300],
    [300.6, undefined, 301],
    [-5, undefined, MIN_HEIGHT],
    [1e7, undefined, MAX_HEIGHT],
    [900, 600, 600],
    [900, 1e9, 900],
    [Number.NaN, undefined, null],
    ['300', undefined, null],
  ])('%s (max %s) → %s', (height, max, expected) => {
    expect(clampHeight(height, max)).toBe(expected)
  })
})

describe('the embed’s side', () => {
  function framed() {
    const postMessage = vi.fn()
    const win = { parent: { postMessage } } as unknown as Window
    return { win, postMessage }
  }

  it('reports its height to its parent only, and again only when it changes', () => {
    const { win, postMessage } = framed()
    let callback: ResizeObserverCallback = () => undefined
    const observe = vi.fn()
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: ResizeObserverCallback) {
          callback = cb
        }
        observe = observe
        disconnect = vi.fn()
      },
    )
    const element = document.createElement('main')
    let height = 250.2
    element.getBoundingClientRect = () => ({ height }) as DOMRect
    const stop = reportSize(element, win)
    expect(observe).toHaveBeenCalledWith(element)
    expect(postMessage).toHaveBeenLastCalledWith({ type: RESIZE, height: 251 }, '*')
    callback([], {} as ResizeObserver)
    expect(postMessage).toHaveBeenCalledTimes(1)
    height = 400
    callback([], {} as ResizeObserver)
    expect(postMessage).toHaveBeenLastCalledWith({ type: RESIZE, height: 400 }, '*')
    stop()
    vi.unstubAllGlobals()
  })

  it('sends nothing when it is not in a frame', () => {
    const postMessage = vi.fn()
    const win = { postMessage } as unknown as Window & { parent: Window }
    win.parent = win
    reportSize(document.createElement('main'), win)
    announceNavigation(`${origin}/Q1`, win)
    expect(postMessage).not.toHaveBeenCalled()
  })

  it('announces the Kooste page the reader opens', () => {
    const { win, postMessage } = framed()
    announceNavigation(`${origin}/Q1?lang=fi`, win)
    expect(postMessage).toHaveBeenCalledWith({ type: NAVIGATE, url: `${origin}/Q1?lang=fi` }, '*')
  })
})
