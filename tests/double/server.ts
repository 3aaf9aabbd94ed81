import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { createDouble, type Double } from './index.ts'
import { doubleMiddleware } from './node-adapter.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false
}

/** A file of the static directory for a URL path; index.html for app routes (SPA fallback). */
async function staticFile(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath)
  const file = path.resolve(root, `.${decoded}`)
  if (file !== root && !file.startsWith(root + path.sep)) return undefined
  if (await isFile(file)) return file
  if (await isFile(path.join(file, 'index.html'))) return path.join(file, 'index.html')
  const index = path.join(root, 'index.html')
  return path.extname(decoded) === '' && (await isFile(index)) ? index : undefined
}

/** A running standalone double (with the app's static files, for the benchmark). */
export interface DoubleServer {
  double: Double
  server: Server
  /** `http://127.0.0.1:<port>` */
  origin: string
  close(): Promise<void>
}

/** Starts node:http on 127.0.0.1 serving the double under /_double/ and, optionally, a built app. */
export async function startDoubleServer(options: {
  port?: number
  dataset?: string
  staticDir?: string
}): Promise<DoubleServer> {
  const double = await createDouble({ dataset: options.dataset })
  const middleware = doubleMiddleware(() => Promise.resolve(double))
  const root = options.staticDir === undefined ? undefined : path.resolve(options.staticDir)
  const server = createServer((req, res) => {
    middleware(req, res, () => {
      const urlPath = (req.url ?? '/').split('?')[0] ?? '/'
      const serve = async () => {
        const file = root === undefined ? undefined : await staticFile(root, urlPath)
        if (file === undefined) {
          res.statusCode = 404
          res.setHeader('content-type', 'text/plain; charset=utf-8')
          res.end('Not found')
          return
        }
        const body = await readFile(file)
        res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream')
        res.setHeader('content-length', body.length)
        res.end(req.method === 'HEAD' ? undefined : body)
      }
      serve().catch(() => res.destroy())
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : options.port
  return {
    double,
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
