import path from 'node:path'
import { ensureH5 } from './h5-build'
import { createHttpRuntime } from './http-runtime'
import { openLocalStore } from './local-store'
import { startReminders } from './reminder-timer'
import { batchedLog } from './request-log'

const root = path.resolve(__dirname, '..', '..')
const port = Number(process.env.PORT ?? 8787)
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data')
const production = process.env.NODE_ENV === 'production'
const { log, flush: flushLog } = batchedLog((text) => process.stdout.write(text))

const store = openLocalStore({
  dataDir,
  dataKey: process.env.DATA_KEY,
  staffOpenids: process.env.STAFF_OPENIDS,
  backgroundCheckpoints: true,
})
let open = true
const reminders = startReminders(store.ports, log)
const h5 = ensureH5(root, log, process.env.BUILD_H5 !== '0')
const server = createHttpRuntime({
  ports: store.ports,
  staticDir: h5.staticDir,
  production,
  healthy: () => open,
  log,
})

server.listen(port, '127.0.0.1', () => {
  log(`listening on http://127.0.0.1:${port} (data in ${dataDir}${production ? ', production' : ''})`)
})

const shutdown = (signal: string) => {
  log(`${signal}: finishing in-flight requests`)
  h5.stop()
  server.close(async () => {
    open = false
    await reminders.stop()
    await store.close()
    log('database closed; bye')
    flushLog()
    process.exit(0)
  })
  server.closeIdleConnections()
  // Keep-alive clients that never go idle must not hold the process forever.
  setTimeout(() => server.closeAllConnections(), 10_000).unref()
}
process.once('SIGTERM', () => shutdown('SIGTERM'))
process.once('SIGINT', () => shutdown('SIGINT'))
