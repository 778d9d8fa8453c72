/**
 * Who the H5 app says it is to the local runtime (the `X-Openid` header of docs/api.md). In the
 * mini-program the caller is the CloudBase context's OPENID and nothing here is used.
 *
 * The first call makes up a `dev-…` openid and keeps it, so one browser stays one user across reloads;
 * the dev sign-in page (packages/dev) switches to another, so one browser can act as two people.
 */
const STORAGE_KEY = 'yidi.dev-openid'
const RECENT_KEY = 'yidi.dev-openids'

/** What the local runtime accepts as an identity header. */
export const OPENID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/

/** Kept here too: private browsing may refuse localStorage, and the id must not change per call. */
let cached: string | undefined

function randomHex(bytes: number): string {
  const values = new Uint8Array(bytes)
  // getRandomValues works outside secure contexts too (a phone opening the dev server by LAN IP).
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(values)
  else for (let i = 0; i < bytes; i++) values[i] = Math.floor(Math.random() * 256)
  return Array.from(values, (value) => value.toString(16).padStart(2, '0')).join('')
}

function readStored(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined
  } catch {
    return undefined
  }
}

function store(openid: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, openid)
  } catch {
    // Storage refused: the id lives for this page load only.
  }
}

/** The dev sign-in's openid, created on first use. */
export function getOpenid(): string {
  if (!cached) {
    cached = readStored()
    if (!cached) {
      cached = `dev-${randomHex(8)}`
      store(cached)
    }
  }
  return cached
}

/** Identities used in this browser, newest first. */
export function recentOpenids(): string[] {
  try {
    const list = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}

/** Acts as `openid` from now on (development sign-in only; production refuses the header anyway). */
export function setOpenid(openid: string): void {
  cached = openid
  store(openid)
  try {
    const recent = [openid, ...recentOpenids().filter((item) => item !== openid)].slice(0, 8)
    localStorage.setItem(RECENT_KEY, JSON.stringify(recent))
  } catch {
    // Storage refused: the switch holds for this page load.
  }
}
