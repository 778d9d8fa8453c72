const randomHex = (bytes: number) => {
  const values = new Uint8Array(bytes)
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(values)
  else for (let index = 0; index < bytes; index++) values[index] = Math.floor(Math.random() * 256)
  return Array.from(values, (value) => value.toString(16).padStart(2, '0')).join('')
}

/** One per claim form: a double tap, or a retry after a timeout, creates one claim. */
export const newClaimKey = () => `cl-${randomHex(16)}`
