import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const LOCK_FILE = 'server.pid'

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid of a server running on `dataDir`, if any; a pid file left by a killed server does not count. */
export const runningServer = (dataDir: string): number | undefined => {
  let pid: number
  try {
    pid = Number(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'))
  } catch {
    return undefined
  }
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined
}

/** One server per DATA_DIR, and a mark that commands needing it stopped (rotate-key) can see. */
export const holdServerLock = (dataDir: string): (() => void) => {
  const other = runningServer(dataDir)
  if (other) throw new Error(`another server (pid ${other}) is running on ${dataDir}`)
  const file = path.join(dataDir, LOCK_FILE)
  writeFileSync(file, String(process.pid), { mode: 0o600 })
  return () => rmSync(file, { force: true })
}
