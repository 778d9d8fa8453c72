import { randomBytes } from 'node:crypto'
import type { IdGenerator } from '../ports/id-generator'

/** Time-ordered (so ids sort by creation) and random (so nobody can guess another person's id). */
export const randomIds: IdGenerator = {
  next: (prefix) => `${prefix}_${Date.now().toString(36)}${randomBytes(10).toString('hex')}`,
}
