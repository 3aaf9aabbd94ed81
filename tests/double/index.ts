import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { assertDatasetDir, getDataset } from './dataset.ts'
import { applyFault, sleep, type Fault, type Upstream } from './faults.ts'
import { notServed, textResponse } from './http.ts'
import { urlRewriter, type PublicBase } from './rewrite.ts'
import { route, upstreamOf } from './router.ts'

export { UPSTREAMS, isUpstream, readFault, type Fault, type Upstream } from './faults.ts'
export type { PublicBase } from './rewrite.ts'

/** The repository root, found from this file's place in it. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** One request the double received. */
export interface LogEntry {
  /** `unknown` for hosts the double does not stand in for (answered 404). */
  upstream: Upstream | 'unknown'
  method: string
  url: string
  /** Milliseconds since the epoch, with sub-millisecond precision. */
  startedAt: number
  /** When the answer was ready; null while pending. */
  endedAt: number | null
  /** HTTP status; null while pending, 0 for a dropped request (timeout fault, client abort). */
  status: number | null
  fault: Fault['kind'] | null
  /** The request headers that tell how the client called (`api-user-agent` above all). */
  headers: {
    'api-user-agent': string | null
    'user-agent': string | null
    accept: string | null
    'content-type': string | null
    origin: string | null
  }
  /** The `origin` URL parameter (Action API CORS). */
  origin: string | null
}

/** The Wikimedia double: answers Wikimedia API requests from a dataset directory. */
export interface Double {
  /** Absolute path of the dataset directory. */
  readonly dataset: string
  /** Answers one request; `publicBase` overrides where handed-out media URLs point. */
  handle(request: Request, options?: { publicBase?: PublicBase }): Promise<Response>
  /** Injects a fault into every answer of an upstream; null removes it. */
  setFault(upstream: Upstream, fault: Fault | null): void
  /** Adds latency before every answer: of one upstream, or of all (clearing per-upstream values). */
  setLatency(ms: number, upstream?: Upstream): void
  /** Every request so far, in arrival order. */
  readonly log: readonly LogEntry[]
  clearLog(): void
  /** Removes faults and latency and clears the log. */
  reset(): void
}

function now(): number {
  return performance.timeOrigin + performance.now()
}

/** Creates a double over `dataset` (default: the repository's demo world). */
export async function createDouble(
  options: { dataset?: string; publicBase?: PublicBase } = {},
): Promise<Double> {
  const dir = options.dataset ? path.resolve(options.dataset) : path.resolve(repoRoot, 'demo-world')
  await assertDatasetDir(dir)
  const faults = new Map<Upstream, Fault>()
  const latencies = new Map<Upstream, number>()
  let defaultLatency = 0
  const log: LogEntry[] = []

  async function answer(
    request: Request,
    url: URL,
    upstream: Upstream,
    entry: LogEntry,
    publicBase: PublicBase | undefined,
  ): Promise<Response> {
    const latency = latencies.get(upstream) ?? defaultLatency
    if (latency > 0 && !(await sleep(latency, request.signal))) return Response.error()
    const dataset = await getDataset(dir)
    const rewrite = urlRewriter(publicBase)
    const real = () => route(upstream, request, url, dataset, rewrite)
    const fault = faults.get(upstream)
    entry.fault = fault?.kind ?? null
    return fault === undefined ? real() : applyFault(fault, request.signal, real)
  }

  return {
    dataset: dir,
    log,
    async handle(request, handleOptions = {}) {
      const url = new URL(request.url)
      const upstream = upstreamOf(url)
      const get = (name: string) => request.headers.get(name)
      const headers: LogEntry['headers'] = {
        'api-user-agent': get('api-user-agent'),
        'user-agent': get('user-agent'),
        accept: get('accept'),
        'content-type': get('content-type'),
        origin: get('origin'),
      }
      const entry: LogEntry = {
        upstream: upstream ?? 'unknown',
        method: request.method,
        url: request.url,
        startedAt: now(),
        endedAt: null,
        status: null,
        fault: null,
        headers,
        origin: url.searchParams.get('origin'),
      }
      log.push(entry)
      let response: Response
      try {
        response =
          upstream === undefined
            ? notServed(url)
            : await answer(
                request,
                url,
                upstream,
                entry,
                handleOptions.publicBase ?? options.publicBase,
              )
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
        response = textResponse(`Wikimedia double: internal error\n${message}`, 500)
      }
      entry.status = response.type === 'error' ? 0 : response.status
      entry.endedAt = now()
      return response
    },
    setFault(upstream, fault) {
      if (fault === null) faults.delete(upstream)
      else faults.set(upstream, fault)
    },
    setLatency(ms, upstream) {
      if (upstream !== undefined) latencies.set(upstream, ms)
      else {
        latencies.clear()
        defaultLatency = ms
      }
    },
    clearLog() {
      log.length = 0
    },
    reset() {
      faults.clear()
      latencies.clear()
      defaultLatency = 0
      log.length = 0
    },
  }
}
