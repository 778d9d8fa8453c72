import { Worker } from 'node:worker_threads'

// Plain JS so the worker needs no TypeScript loader.
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads')
const Database = require('libsql')
const db = new Database(workerData.file)
db.pragma('busy_timeout = 5000')
const checkpoint = (mode) => { try { db.pragma('wal_checkpoint(' + mode + ')') } catch {} }
const timer = setInterval(() => checkpoint('PASSIVE'), workerData.everyMs)
parentPort.on('message', () => {
  clearInterval(timer)
  checkpoint('TRUNCATE')
  db.close()
  parentPort.postMessage('closed')
})
`

/**
 * A checkpoint copies the WAL into the database and fsyncs both (7–16 ms on this kind of disk). Done by the
 * committing connection it stalls every request in flight; a worker thread with its own connection does it.
 */
export const startCheckpointer = (file: string, everyMs = 250) => {
  const worker = new Worker(WORKER, { eval: true, workerData: { file, everyMs } })
  worker.unref()
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        worker.once('message', () => worker.terminate().then(() => resolve()))
        worker.once('error', () => resolve())
        worker.postMessage('stop')
      }),
  }
}
