// The self-hosted server in production for the simulator's mini-program: the real HTTP runtime over a real SQLite
// store, signing the phone in with wx.login codes exchanged at the local WeChat stub (jscode2session), and the
// mini-program built for it (API_BASE_URL), its network APIs done over HTTP (wx-over-http.ts).
import type { AddressInfo } from 'node:net'
import { wechatApi } from '../../server/adapters/wechat/wechat-api'
import { wechatSession } from '../../server/adapters/wechat/wechat-session.wechat'
import { createHttpRuntime } from '../../server/runtime/http-runtime'
import { sessionTokens } from '../../server/runtime/session-token'
import { type TempStore, tempStore } from '../server/support'
import { startWeChatStub } from '../wechat-stub'
import type { Variant } from './ensure-build'
import { wxOverHttp } from './wx-over-http'

/** The origin the test build calls: resolved to the local server by the phone's network APIs. */
const ORIGIN = 'https://api.yidi.test'

export const SELF_HOSTED_BUILD: Variant = { name: 'self-hosted', env: { API_BASE_URL: ORIGIN } }

export const selfHosted = async (now = new Date().toISOString()) => {
  const stub = await startWeChatStub()
  const store: TempStore = tempStore(now)
  const api = wechatApi({ baseUrl: stub.base, appId: 'wx-test', secret: 'secret', timeoutMs: 2000 })
  const server = createHttpRuntime({
    ports: store.ports,
    production: true,
    healthy: () => true,
    log: () => undefined,
    sessions: { tokens: sessionTokens('s'.repeat(40)), wechat: wechatSession(api) },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const phone = wxOverHttp({ origin: ORIGIN, server: () => base })
  return {
    stub,
    store,
    phone,
    /** jscode2session exchanges so far: one per sign-in. */
    signIns: () => stub.requests.filter((path) => path === '/sns/jscode2session').length,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await store.dispose()
      await stub.close()
    },
  }
}
