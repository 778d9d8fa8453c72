// services/subscribe.ts in weapp mode: the server hears exactly which messages the person accepted in WeChat's
// dialog (it sends one message per acceptance), and nothing when they refused.
import Taro from '@tarojs/taro'
import { call } from '../../miniprogram/services/api'
import { askForUpdates } from '../../miniprogram/services/subscribe'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { requestSubscribeMessage: jest.fn() } }))
jest.mock('../../miniprogram/services/api', () => ({ call: jest.fn(() => Promise.resolve({ ok: true })) }))
jest.mock('../../miniprogram/services/subscription-templates', () => ({
  SUBSCRIPTION_TEMPLATES: { filing_status: 'tmpl-status', supplement_deadline: 'tmpl-deadline' },
}))

const ask = Taro.requestSubscribeMessage as jest.Mock
const reported = call as jest.Mock

beforeAll(() => {
  process.env.TARO_ENV = 'weapp'
})
afterAll(() => {
  delete process.env.TARO_ENV
})
beforeEach(() => {
  ask.mockReset()
  reported.mockClear()
})

test('the accepted templates are reported to the server by kind; the refused one is not', async () => {
  ask.mockResolvedValueOnce({
    errMsg: 'requestSubscribeMessage:ok',
    'tmpl-status': 'reject',
    'tmpl-deadline': 'accept',
  })
  await expect(askForUpdates(['filing_status', 'supplement_deadline'])).resolves.toEqual([
    'supplement_deadline',
  ])
  expect(ask).toHaveBeenCalledWith({ tmplIds: ['tmpl-status', 'tmpl-deadline'] })
  expect(reported).toHaveBeenCalledWith('account.subscribed', { accepted: ['supplement_deadline'] })
})

test.each([
  ['every template refused', () => ask.mockResolvedValueOnce({ 'tmpl-status': 'reject' })],
  [
    'the dialog failed (not in a tap)',
    () => ask.mockRejectedValueOnce({ errMsg: 'can only be invoked by user TAP gesture.' }),
  ],
  [
    'the API threw',
    () =>
      ask.mockImplementationOnce(() => {
        throw new Error('no api')
      }),
  ],
])('%s: nothing is reported and nothing promised', async (_, answer) => {
  answer()
  await expect(askForUpdates(['filing_status'])).resolves.toEqual([])
  expect(reported).not.toHaveBeenCalled()
})

test('a kind without a configured template is not asked for', async () => {
  await expect(askForUpdates(['claim_status'])).resolves.toEqual([])
  expect(ask).not.toHaveBeenCalled()
})
