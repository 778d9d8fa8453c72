import type { IncomingMessage } from 'node:http'

/** Past this a client is not uploading a photo: stop listening rather than read forever. */
const MAX_DRAINED_BYTES = 256 * 1024 * 1024

/**
 * Reads the rest of a refused body and throws it away, then resolves. Answering while the client is still
 * sending makes it see a dropped connection instead of the answer (文件不能超过 10 MB); reading to the end
 * lets the 413 arrive.
 */
export const drain = (request: IncomingMessage): Promise<void> =>
  new Promise((resolve) => {
    let drained = 0
    if (request.readableEnded) return resolve()
    request.on('data', (chunk: Buffer) => {
      drained += chunk.length
      if (drained > MAX_DRAINED_BYTES) {
        request.destroy()
        resolve()
      }
    })
    request.on('end', () => resolve())
    request.on('error', () => resolve())
    request.on('close', () => resolve())
    request.resume()
  })
