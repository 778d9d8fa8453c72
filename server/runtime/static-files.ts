import { createReadStream, existsSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
}

/** Serves the H5 build; returns false when there is nothing to serve so the caller can answer 404. */
export const serveStatic = (root: string, urlPath: string, response: ServerResponse): boolean => {
  let relative: string
  try {
    relative = decodeURIComponent(urlPath)
  } catch {
    return false
  }
  if (relative.includes('\0')) return false
  const base = path.resolve(root)
  let file = path.resolve(base, `.${relative}`)
  if (file !== base && !file.startsWith(base + path.sep)) return false
  // The app routes by hash, so any extension-less path is the app itself.
  if (!existsSync(file) || statSync(file).isDirectory()) {
    if (path.extname(file) !== '') return false
    file = path.join(base, 'index.html')
    if (!existsSync(file)) return false
  }
  const immutable = /\.[0-9a-f]{8,}\./.test(path.basename(file))
  response.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  })
  createReadStream(file).pipe(response)
  return true
}
