import type { IncomingMessage } from 'node:http'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '@shared/policy/uploads'
import { fail, ok, type Result } from '@shared/result'
import busboy from 'busboy'

export interface UploadedPart {
  bytes: Buffer
  purpose?: string
}

const tooLarge = () => fail<UploadedPart>({ code: 'TOO_LARGE', message: UPLOAD_TOO_LARGE })
const malformed = (message: string) => fail<UploadedPart>({ code: 'VALIDATION', message, path: 'file' })

/** Reads the one `file` part (and `purpose`) of a multipart body, stopping at the size limit. */
export const readUpload = (request: IncomingMessage): Promise<Result<UploadedPart>> =>
  new Promise((resolve) => {
    if (!/^multipart\/form-data/i.test(request.headers['content-type'] ?? ''))
      return resolve(malformed('请以 multipart/form-data 上传，文件放在 file 字段'))
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: request.headers,
        // busboy stops at the limit itself: one byte more, so a file of exactly the limit is whole.
        limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1, fields: 4, fieldSize: 200, parts: 6 },
      })
    } catch {
      return resolve(malformed('上传内容格式不正确'))
    }
    const chunks: Buffer[] = []
    let purpose: string | undefined
    let sawFile = false
    let truncated = false
    parser.on('field', (name, value) => {
      if (name === 'purpose') purpose = value
    })
    parser.on('file', (name, stream) => {
      if (name !== 'file') return stream.resume()
      sawFile = true
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= MAX_UPLOAD_BYTES) chunks.push(chunk)
        else truncated = true
      })
    })
    parser.on('error', () => resolve(malformed('上传内容格式不正确')))
    parser.on('close', () => {
      if (truncated) return resolve(tooLarge())
      if (!sawFile) return resolve(malformed('请选择要上传的文件'))
      const bytes = Buffer.concat(chunks)
      if (bytes.length === 0) return resolve(malformed('文件是空的'))
      resolve(ok({ bytes, ...(purpose ? { purpose: purpose.slice(0, 50) } : {}) }))
    })
    // A client gone mid-body ends the upload here too, so its place among the uploads in flight is freed.
    request.once('close', () => {
      if (!request.complete) resolve(malformed('上传中断，请重新上传'))
    })
    request.pipe(parser)
  })
