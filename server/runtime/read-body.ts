import type { IncomingMessage } from 'node:http'
import { drain } from './drain'

export const MAX_JSON_BYTES = 1024 * 1024

/** The whole body, or 'too_large' once a body past `limit` has been read to its end and dropped. */
export const readBody = (request: IncomingMessage, limit = MAX_JSON_BYTES): Promise<Buffer | 'too_large'> =>
  new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      return void drain(request).then(() => resolve('too_large'))
    }
    const chunks: Buffer[] = []
    let size = 0
    // Past the limit the rest is still read (and dropped), so the answer arrives after the last byte.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    request.on('end', () => resolve(size > limit ? 'too_large' : Buffer.concat(chunks)))
    request.on('error', reject)
  })
