import { parseArgs } from 'node:util'
import { startDoubleServer } from './server.ts'

// jiti tests/double/cli.ts --port 8787 --dataset demo-world --static dist
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    dataset: { type: 'string' },
    static: { type: 'string' },
  },
})

const running = await startDoubleServer({
  port: Number(values.port),
  dataset: values.dataset ?? process.env.KOOSTE_DATASET,
  staticDir: values.static,
})
console.log(`Wikimedia double on ${running.origin} (dataset ${running.double.dataset})`)
if (values.static !== undefined) console.log(`App: ${running.origin}/`)
console.log(`Config: ${running.origin}/config.json`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0))
  })
}
