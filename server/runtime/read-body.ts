import type { IncomingMessage } from 'node:http'

export const MAX_JSON_BYTES = 1024 * 1024

/** The whole body, or 'too_large' as soon as it passes `limit` (the rest is read and dropped). */
export const readBody = (request: IncomingMessage, limit = MAX_JSON_BYTES): Promise<Buffer | 'too_large'> =>
  new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      request.resume()
      return resolve('too_large')
    }
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      if (size > limit) return
      size += chunk.length
      if (size > limit) resolve('too_large')
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
