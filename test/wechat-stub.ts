import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex')

/** What WeChat knows of one face check: who did it, as which person, when, and whether the face matched. */
export interface FaceCheck {
  openid: string
  name: string
  idNumber: string
  /** Unix seconds. */
  finishTime: number
  identifyRet?: number
}

/**
 * A local stand-in for api.weixin.qq.com answering as WeChat documents: the access token
 * (cgi-bin/token), the face-identify result (cityservice/face/identify/getinfo: 84001 invalid, 84002
 * expired, 84003 unknown, hashes of name and ID number) and jscode2session (40029 invalid code, 45011
 * too frequent, 40226 risky account, -1 busy). `hang` makes a path never answer, for timeouts.
 */
export const startWeChatStub = async () => {
  const checks = new Map<string, FaceCheck>()
  const expired = new Set<string>()
  const codes = new Map<string, string | number>()
  const hang = new Set<string>()
  let token = 'token-1'
  let tokensIssued = 0
  const requests: string[] = []

  const json = (response: ServerResponse, body: unknown) => {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
  }
  const readJson = async (request: IncomingMessage) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub')
    requests.push(url.pathname)
    if (hang.has(url.pathname)) return
    if (url.pathname === '/cgi-bin/token') {
      tokensIssued++
      return json(response, { access_token: token, expires_in: 7200 })
    }
    if (url.pathname === '/cityservice/face/identify/getinfo') {
      if (url.searchParams.get('access_token') !== token)
        return json(response, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid' })
      const { verify_result: result } = await readJson(request)
      if (typeof result !== 'string' || result.length === 0)
        return json(response, { errcode: 84001, errmsg: 'invalid identify id' })
      if (expired.has(result)) return json(response, { errcode: 84002, errmsg: 'user info expired' })
      const check = checks.get(result)
      if (!check) return json(response, { errcode: 84003, errmsg: 'user info not found' })
      return json(response, {
        errcode: 0,
        errmsg: 'ok',
        identify_ret: check.identifyRet ?? 0,
        identify_time: check.finishTime,
        validate_data: '8642',
        openid: check.openid,
        user_id_key: 'stub-key',
        finish_time: check.finishTime,
        id_card_number_md5: md5(check.idNumber),
        name_utf8_md5: md5(check.name),
      })
    }
    if (url.pathname === '/sns/jscode2session') {
      const answer = codes.get(url.searchParams.get('js_code') ?? '')
      if (answer === undefined) return json(response, { errcode: 40029, errmsg: 'invalid code' })
      if (typeof answer === 'number') return json(response, { errcode: answer, errmsg: 'stub error' })
      return json(response, { openid: answer, session_key: 'stub-session-key' })
    }
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    checks,
    expired,
    codes,
    hang,
    requests,
    tokensIssued: () => tokensIssued,
    /** WeChat rotates the token: the one the client holds is now invalid (40001). */
    rotateToken: () => {
      token = `token-${tokensIssued + 1}`
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
export type WeChatStub = Awaited<ReturnType<typeof startWeChatStub>>
