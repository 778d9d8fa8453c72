import { createHash } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readFileSync, writeFileSync } from 'node:fs'

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

export const sha256OfFile = (file: string) => sha256Of(readFileSync(file))

/** Written and flushed, so a backup that says it is complete is on the disk. */
export const writeDurably = (file: string, bytes: Buffer | string, mode = 0o600) => {
  writeFileSync(file, bytes, { mode })
  const fd = openSync(file, 'r')
  fsyncSync(fd)
  closeSync(fd)
}
