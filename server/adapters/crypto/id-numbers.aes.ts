import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto'
import { normaliseIdNumber } from '@shared/identity/id-number'
import type { IdNumbers } from '../../ports/id-numbers'

const ALGORITHM = 'aes-256-gcm'

/** Separate keys for encryption and hashing, both derived from the one data key. */
export const idNumbersAes = (dataKey: Buffer): IdNumbers => {
  const encryptionKey = createHash('sha256').update('yidi/id-number/aes').update(dataKey).digest()
  const hashKey = createHash('sha256').update('yidi/id-number/hmac').update(dataKey).digest()
  return {
    seal(idNumber) {
      const normalised = normaliseIdNumber(idNumber)
      const iv = randomBytes(12)
      const cipher = createCipheriv(ALGORITHM, encryptionKey, iv)
      const data = Buffer.concat([cipher.update(normalised, 'utf8'), cipher.final()])
      const parts = [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url'))
      return {
        sealed: `v1:${parts.join(':')}`,
        hash: createHmac('sha256', hashKey).update(normalised).digest('hex'),
      }
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split(':')
      if (version !== 'v1') throw new Error(`unknown sealed ID number format ${version}`)
      const decipher = createDecipheriv(ALGORITHM, encryptionKey, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
        'utf8',
      )
    },
  }
}
