import { closeSync, openSync, readSync } from 'node:fs'

/**
 * Samples how many frames the WAL holds, from the wal-index header in `<db>-shm` (mxFrame at byte 16, in
 * the machine's byte order; sqlite.org/walformat.html §2.1). Reading it takes no lock and changes nothing,
 * unlike asking the database, so the figure is the server's own. The file's size is not the measure: SQLite
 * reuses a WAL from its start after a checkpoint without shrinking it.
 */
export const watchWal = (databaseFile: string, everyMs = 20) => {
  const header = Buffer.alloc(20)
  let maxFrames = 0
  let lastFrames = 0
  let restarts = 0
  const sample = () => {
    try {
      const fd = openSync(`${databaseFile}-shm`, 'r')
      readSync(fd, header, 0, 20, 0)
      closeSync(fd)
    } catch {
      return
    }
    const frames = header.readUInt32LE(16)
    if (frames < lastFrames) restarts += 1
    lastFrames = frames
    maxFrames = Math.max(maxFrames, frames)
  }
  const timer = setInterval(sample, everyMs)
  return {
    /** Frames of 4 KiB pages plus their 24-byte headers. */
    stop: () => {
      clearInterval(timer)
      sample()
      const mb = (frames: number) => +((frames * (4096 + 24)) / 1024 / 1024).toFixed(1)
      return { wal_max_mb: mb(maxFrames), wal_end_mb: mb(lastFrames), wal_restarts: restarts }
    },
  }
}
