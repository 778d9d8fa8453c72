import type { AllowedUploadType } from '@shared/policy/uploads'

/** The type a file really is, read from its first bytes; the name and Content-Type a client sends prove nothing. */

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, at) => bytes[offset + at] === byte)

// ISO-BMFF brands of HEIF/HEIC stills and sequences, as iPhones write them.
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'])

export const sniffFileType = (bytes: Buffer): AllowedUploadType | undefined => {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4) && HEIF_BRANDS.has(bytes.toString('latin1', 8, 12)))
    return 'image/heic'
  return undefined
}
