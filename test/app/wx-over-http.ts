// WeChat's network APIs for the simulator, done for real over HTTP, as WeChat documents them: `wx.request`
// succeeds with `statusCode` and `data` for any HTTP answer and fails with an `errMsg` when none comes;
// `wx.uploadFile` posts multipart/form-data and answers `data` as text; `wx.downloadFile` writes a temp file and
// answers its path; `wx.login` answers a code (the test hands them out, as WeChat would to this phone). Storage is
// the phone's, kept in a Map. The build's origin is resolved to the local server, as DNS would resolve it.
// Run from a test file with the jsdom-node-fetch environment: Node's fetch reaches the server.

/** One request as it left the phone: which API, where to, and the Authorization header it carried. */
export interface SentRequest {
  api: 'request' | 'uploadFile' | 'downloadFile'
  method: string
  path: string
  authorization?: string
}

type Callbacks<T> = { success?: (result: T) => void; fail?: (error: { errMsg: string }) => void }
type Answer = { status: number; headers: Record<string, string>; bytes: Buffer }

const DEFAULT_TIMEOUT_MS = 60_000

export const wxOverHttp = (options: {
  /** The origin the build calls (its API_BASE_URL). */
  origin: string
  /** Where that origin really answers: http://127.0.0.1:<port>. */
  server: () => string
}) => {
  const sent: SentRequest[] = []
  const codes: string[] = []
  const storage = new Map<string, unknown>()
  const files = new Map<string, Buffer>()
  let downloads = 0
  /** The phone has no network: every request fails as WeChat's does. */
  let offline = false
  /** The network takes requests and answers none: each fails when its timeout runs out. */
  let hanging = false

  const send = (
    api: SentRequest['api'],
    url: string,
    init: { method: string; headers: Record<string, string>; body?: Buffer | string },
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<Answer> => {
    if (!url.startsWith(options.origin)) return Promise.reject(new Error(`url not in domain list: ${url}`))
    const path = url.slice(options.origin.length)
    const authorization = Object.entries(init.headers).find(([name]) => /^authorization$/i.test(name))?.[1]
    sent.push({ api, method: init.method, path, ...(authorization ? { authorization } : {}) })
    if (offline) return Promise.reject(new Error('ERR_INTERNET_DISCONNECTED'))
    const answered: Promise<Answer> = hanging
      ? new Promise<never>(() => undefined)
      : fetch(`${options.server()}${path}`, init).then(async (response) => ({
          status: response.status,
          headers: Object.fromEntries([...(response.headers as unknown as Iterable<[string, string]>)]),
          bytes: Buffer.from(await response.arrayBuffer()),
        }))
    const timedOut = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timeout')), timeoutMs).unref?.(),
    )
    return Promise.race([answered, timedOut])
  }
  const failWith = (api: string, fail: Callbacks<unknown>['fail']) => (error: Error) =>
    fail?.({ errMsg: `${api}:fail ${error.message === 'timeout' ? 'timeout' : error.message}` })

  const multipart = (fields: Record<string, string>, name: string, bytes: Buffer) => {
    const boundary = `----wx${Date.now().toString(16)}`
    const parts = Object.entries(fields).map(
      ([field, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n`,
    )
    const body = Buffer.concat([
      Buffer.from(parts.join('')),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="upload"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    return { body, type: `multipart/form-data; boundary=${boundary}` }
  }

  const wx = {
    request: (
      request: {
        url: string
        method?: string
        header?: Record<string, string>
        data?: unknown
        timeout?: number
        dataType?: string
      } & Callbacks<{ statusCode: number; data: unknown; header: Record<string, string>; errMsg: string }>,
    ) => {
      const method = (request.method ?? 'GET').toUpperCase()
      const body =
        request.data === undefined || method === 'GET'
          ? undefined
          : typeof request.data === 'string'
            ? request.data
            : JSON.stringify(request.data)
      send('request', request.url, { method, headers: request.header ?? {}, body }, request.timeout).then(
        ({ status, headers, bytes }) => {
          const text = bytes.toString('utf8')
          let data: unknown = text
          // WeChat parses JSON when dataType is json (the default) and leaves anything else as text.
          if ((request.dataType ?? 'json') === 'json')
            try {
              data = JSON.parse(text)
            } catch {
              data = text
            }
          request.success?.({ statusCode: status, data, header: headers, errMsg: 'request:ok' })
        },
        failWith('request', request.fail),
      )
      return { abort: () => undefined, onHeadersReceived: () => undefined }
    },
    uploadFile: (
      upload: {
        url: string
        filePath: string
        name: string
        header?: Record<string, string>
        formData?: Record<string, string>
        timeout?: number
      } & Callbacks<{ statusCode: number; data: string; errMsg: string }>,
    ) => {
      const progress: ((event: { progress: number }) => void)[] = []
      const bytes = files.get(upload.filePath)
      if (!bytes) {
        setTimeout(() => upload.fail?.({ errMsg: 'uploadFile:fail file not found' }))
      } else {
        const { body, type } = multipart(upload.formData ?? {}, upload.name, bytes)
        send(
          'uploadFile',
          upload.url,
          { method: 'POST', headers: { ...upload.header, 'Content-Type': type }, body },
          upload.timeout,
        ).then(
          ({ status, bytes: answer }) => {
            for (const listener of progress) listener({ progress: 100 })
            upload.success?.({ statusCode: status, data: answer.toString('utf8'), errMsg: 'uploadFile:ok' })
          },
          failWith('uploadFile', upload.fail),
        )
      }
      return {
        abort: () => undefined,
        onProgressUpdate: (listener: (event: { progress: number }) => void) => progress.push(listener),
      }
    },
    downloadFile: (
      download: { url: string; header?: Record<string, string>; timeout?: number } & Callbacks<{
        statusCode: number
        tempFilePath: string
        errMsg: string
      }>,
    ) => {
      send(
        'downloadFile',
        download.url,
        { method: 'GET', headers: download.header ?? {} },
        download.timeout,
      ).then(
        ({ status, bytes }) => {
          const tempFilePath = `wxfile://tmp/download-${++downloads}`
          files.set(tempFilePath, bytes)
          download.success?.({ statusCode: status, tempFilePath, errMsg: 'downloadFile:ok' })
        },
        failWith('downloadFile', download.fail),
      )
      return { abort: () => undefined, onProgressUpdate: () => undefined }
    },
    login: (login: Callbacks<{ code: string; errMsg: string }>) => {
      const code = codes.shift()
      setTimeout(() =>
        code ? login.success?.({ code, errMsg: 'login:ok' }) : login.fail?.({ errMsg: 'login:fail' }),
      )
    },
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
  }
  return {
    wx,
    sent,
    /** The codes wx.login answers, in order. */
    codes,
    storage,
    /** The phone's temp files: what a test "photographs", and what downloads wrote. */
    files,
    setOffline: (value: boolean) => {
      offline = value
    },
    setHanging: (value: boolean) => {
      hanging = value
    },
  }
}
