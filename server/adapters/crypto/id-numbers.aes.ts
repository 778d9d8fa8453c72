import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto'
import { normaliseIdNumber } from '@shared/identity/id-number'
import type { IdNumbers } from '../../ports/id-numbers'

const ALGORITHM = 'aes-256-gcm'

/** Names a key without revealing it: what a sealed value, a manifest or an error message can carry. */
export const keyIdOf = (dataKey: Buffer): string =>
  createHash('sha256').update('yidi/key-id').update(dataKey).digest('hex').slice(0, 12)

/**
 * Separate keys for encryption and hashing, both derived from the one data key. Sealed values are
 * `v2:<key id>:<iv>:<tag>:<data>` (the prefix is authenticated too), so a key rotation can tell what it has
 * already re-sealed; `v1:<iv>:<tag>:<data>` values from before still open.
 */
export const idNumbersAes = (dataKey: Buffer): IdNumbers => {
  const encryptionKey = createHash('sha256').update('yidi/id-number/aes').update(dataKey).digest()
  const hashKey = createHash('sha256').update('yidi/id-number/hmac').update(dataKey).digest()
  const keyId = keyIdOf(dataKey)
  const prefix = `v2:${keyId}`
  return {
    keyId,
    seal(idNumber) {
      const normalised = normaliseIdNumber(idNumber)
      const iv = randomBytes(12)
      const cipher = createCipheriv(ALGORITHM, encryptionKey, iv).setAAD(Buffer.from(prefix))
      const data = Buffer.concat([cipher.update(normalised, 'utf8'), cipher.final()])
      const parts = [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url'))
      return {
        sealed: `${prefix}:${parts.join(':')}`,
        hash: createHmac('sha256', hashKey).update(normalised).digest('hex'),
      }
    },
    open(sealed) {
      const parts = sealed.split(':')
      const [version] = parts
      if (version !== 'v1' && version !== 'v2') throw new Error(`unknown sealed ID number format ${version}`)
      if (version === 'v2' && parts[1] !== keyId)
        throw new Error(`ID number sealed under key ${parts[1]}, not under this key ${keyId}`)
      const [iv, tag, data] = parts.slice(version === 'v2' ? 2 : 1)
      const decipher = createDecipheriv(ALGORITHM, encryptionKey, Buffer.from(iv, 'base64url'))
      if (version === 'v2') decipher.setAAD(Buffer.from(prefix))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
        'utf8',
      )
    },
  }
}
