import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ConfigOverrides } from '../../src/config.ts'
import type { Double } from './index.ts'
import { isUpstream, readFault } from './faults.ts'

/** The path prefix the double is mounted under on the app's origin. */
export const MOUNT = '/_double'

/** A connect-style middleware (what Vite's servers and node:http both can call). */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
])

function originOf(req: IncomingMessage): string {
  const secure = 'encrypted' in req.socket && req.socket.encrypted === true
  return `${secure ? 'https' : 'http'}://${req.headers.host ?? '127.0.0.1'}`
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = []
  for await (const chunk of req)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return new Uint8Array(Buffer.concat(chunks))
}

async function toRequest(req: IncomingMessage, url: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':') || HOP_BY_HOP.has(name)) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req)
  return new Request(url, { method, headers, body, signal })
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    res.destroy()
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  res.statusCode = response.status
  response.headers.forEach((value, name) => res.setHeader(name, value))
  res.setHeader('content-length', body.length)
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.setHeader('cache-control', 'no-store')
  res.end(JSON.stringify(body))
}

/** The `config.json` that points every Wikimedia endpoint of the app at the mounted double. */
export function doubleConfig(origin: string): ConfigOverrides {
  const base = `${origin}${MOUNT}`
  return {
    wikidataApi: `${base}/www.wikidata.org/w/api.php`,
    queryService: `${base}/query.wikidata.org/sparql`,
    commonsApi: `${base}/commons.wikimedia.org/w/api.php`,
    wikipediaRest: `${base}/{lang}.wikipedia.org/api/rest_v1`,
    wikisourceApi: `${base}/{lang}.wikisource.org/w/api.php`,
    tiles: { url: `${base}/tile.openstreetmap.org/{z}/{x}/{y}.png` },
  }
}

async function control(double: Double, req: IncomingMessage, res: ServerResponse, action: string) {
  const method = req.method ?? 'GET'
  if (action === 'log' && method === 'GET') return sendJson(res, 200, double.log)
  if (method !== 'POST') return sendJson(res, 405, { error: 'Use POST' })
  if (action === 'reset') {
    double.reset()
    return sendJson(res, 200, { ok: true })
  }
  let input: unknown
  try {
    input = JSON.parse(Buffer.from(await readBody(req)).toString('utf8'))
  } catch {
    return sendJson(res, 400, { error: 'The body must be JSON' })
  }
  const body =
    typeof input === 'object' && input !== null ? new Map(Object.entries(input)) : new Map()
  const upstream: unknown = body.get('upstream')
  if (upstream !== undefined && !isUpstream(upstream)) {
    return sendJson(res, 400, { error: `Unknown upstream ${String(upstream)}` })
  }
  if (action === 'fault') {
    const fault = readFault(body.get('fault') ?? null)
    if (upstream === undefined || fault === undefined) {
      return sendJson(res, 400, { error: 'Expected { "upstream": "...", "fault": {...} | null }' })
    }
    double.setFault(upstream, fault)
    return sendJson(res, 200, { ok: true })
  }
  if (action === 'latency') {
    const ms: unknown = body.get('ms')
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      return sendJson(res, 400, { error: 'Expected { "ms": 200, "upstream"?: "..." }' })
    }
    double.setLatency(ms, upstream)
    return sendJson(res, 200, { ok: true })
  }
  return sendJson(res, 404, { error: `No control endpoint ${action}` })
}

async function proxy(double: Double, req: IncomingMessage, res: ServerResponse, rest: string) {
  const slash = rest.indexOf('/')
  const host = slash < 0 ? rest : rest.slice(0, slash)
  const target = `https://${host}${slash < 0 ? '/' : rest.slice(slash)}`
  const controller = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) controller.abort()
  })
  const origin = originOf(req)
  const request = await toRequest(req, target, controller.signal)
  const response = await double.handle(request, {
    publicBase: (publicHost) => `${origin}${MOUNT}/${publicHost}`,
  })
  if (!controller.signal.aborted) await send(res, response)
}

/**
 * Serves the double on the app's origin: `/_double/<host>/<path>` as `https://<host>/<path>`,
 * the control endpoints under `/_double/__control/`, and `config.json`.
 */
export function doubleMiddleware(getDouble: () => Promise<Double>): Middleware {
  return (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const isConfig = path.endsWith('/config.json') && !path.startsWith(`${MOUNT}/`)
    if (!isConfig && !path.startsWith(`${MOUNT}/`)) return next()
    const run = async () => {
      if (isConfig) return sendJson(res, 200, doubleConfig(originOf(req)))
      const double = await getDouble()
      const rest = (req.url ?? '').slice(MOUNT.length + 1)
      if (rest.startsWith('__control/'))
        return control(double, req, res, rest.slice(10).split('?')[0] ?? '')
      return proxy(double, req, res, rest)
    }
    run().catch((error: unknown) => {
      if (res.headersSent) return res.destroy()
      res.statusCode = 500
      res.setHeader('content-type', 'text/plain; charset=utf-8')
      res.end(`Wikimedia double: ${error instanceof Error ? error.message : String(error)}`)
    })
  }
}
