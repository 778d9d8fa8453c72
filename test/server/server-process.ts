import { type ChildProcess, spawn } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import path from 'node:path'
import { prepareIdentityOverHttp } from '../identity-prelude'

export const ROOT = path.resolve(__dirname, '..', '..')
/** Node itself with tsx as a loader: one process, so a SIGKILL reaches the server and not a wrapper around it. */
export const NODE_WITH_TSX = [process.execPath, '--import', 'tsx'] as const

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** Polls `check` until it holds (never a fixed sleep); throws with `describe()` when it never does. */
export const waitFor = async (
  check: () => boolean | Promise<boolean>,
  describe: () => string,
  ms = 20_000,
) => {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${describe()}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

export interface ServerProcess {
  base: string
  child: ChildProcess
  output(): string
  exited: Promise<number | null>
}

/** The real `npm start` entry as a child process on `dataDir`, answering once /healthz does. */
export const startServer = async (
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> => {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const [node, ...loader] = NODE_WITH_TSX
  const child = spawn(node, [...loader, 'server/runtime/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, BUILD_H5: '0', NODE_ENV: 'test', ...env },
  })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const healthy = () =>
    fetch(`${base}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
  const describe = () => `server on ${dataDir} did not start:\n${output}`
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(describe())
    return healthy()
  }, describe)
  return { base, child, output: () => output, exited }
}

/** One call of a function over HTTP; a dropped connection is `undefined` (the caller never got an answer). */
export const callOver = async (
  base: string,
  name: string,
  event: unknown,
  openid: string,
  { prepared = false } = {},
) => {
  try {
    if (!prepared) await prepareIdentityOverHttp(base, openid, name, event)
    const response = await fetch(`${base}/api/fn/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Openid': openid },
      body: JSON.stringify(event),
    })
    return { status: response.status, body: await response.json() }
  } catch {
    return undefined
  }
}
