// services/api.ts in weapp mode against a scripted wx.cloud: which environment it calls, and what the
// person is told when the cloud function itself ran out of time (the request may have arrived).
import Taro from '@tarojs/taro'
import { call } from '../../miniprogram/services/api'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { cloud: {} } }))

const cloud = Taro.cloud as unknown as { init: jest.Mock; callFunction: jest.Mock }
const TIMED_OUT = '网络太慢，10 秒内没有收到回复，请稍后重试'

beforeAll(() => {
  process.env.TARO_ENV = 'weapp'
  process.env.CLOUD_ENV_ID = 'yidi-prod-1a2b3c'
  cloud.init = jest.fn()
  cloud.callFunction = jest.fn()
})
afterAll(() => {
  delete process.env.TARO_ENV
  delete process.env.CLOUD_ENV_ID
})

test('the cloud is initialised with the environment id of the build', async () => {
  cloud.callFunction.mockResolvedValueOnce({ result: { ok: true, data: { items: [] } } })
  await expect(call('faq.hot', {})).resolves.toEqual({ ok: true, data: { items: [] } })
  expect(cloud.init).toHaveBeenCalledWith({ env: 'yidi-prod-1a2b3c', traceUser: true })
})

test.each([
  [
    'CloudBase: the function ran out of time',
    'errCode: -504003  | errMsg: Invoking task timed out after 10 seconds',
  ],
  ['the client gave up', 'cloud.callFunction:fail timeout'],
  ['an older message', 'cloud.callFunction:fail Error: time out'],
])('%s is reported as a timeout, not as a broken service', async (_, errMsg) => {
  cloud.callFunction.mockRejectedValueOnce({ errMsg })
  await expect(call('faq.hot', {})).resolves.toEqual({
    ok: false,
    error: { code: 'INTERNAL', message: TIMED_OUT },
  })
})

test('a function that failed for another reason is a broken service', async () => {
  cloud.callFunction.mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail -501000 function not found' })
  await expect(call('faq.hot', {})).resolves.toEqual({
    ok: false,
    error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' },
  })
})
