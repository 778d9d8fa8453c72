import { createHash } from 'node:crypto'

/** Nobody frames the app or the API, and no page tells another site where the user was. */
const NO_FRAMING = { 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' }

/** Answers that are data, never a page: nothing in them may run or load anything. */
export const API_HEADERS = {
  ...NO_FRAMING,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
}

/**
 * A user's file is served as a download in a sandbox, so a disguised upload can never run as a page of the
 * app's origin. The app itself fetches files and shows them from blob URLs.
 */
export const userFileHeaders = (fileID: string, mime: string) => ({
  ...NO_FRAMING,
  'Content-Security-Policy': "sandbox; default-src 'none'",
  'Content-Disposition': `attachment; filename="${fileID}${EXTENSIONS[mime] ?? ''}"`,
})

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/heic': '.heic',
  'application/pdf': '.pdf',
}

/** The hash of each inline script of a page: the only inline code its policy lets run. */
export const inlineScriptHashes = (html: string): string[] =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  )

/**
 * The built H5 app's policy: its own scripts and the page's own inline ones, styles from itself (React sets
 * style attributes for the font scale, Taro's components add style elements), photos as data: and blob: URLs
 * (the upload preview, a file shown to staff), and calls to its own API only.
 */
export const appHeaders = (scriptHashes: readonly string[]) => ({
  ...NO_FRAMING,
  'Content-Security-Policy': [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
})
