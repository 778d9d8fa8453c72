import { main } from '../../cloudfunctions/filing/src/index'
import { ownsCloudPath } from '../../server/adapters/cloudbase/file-store.cloudbase'

describe('cloud function entry', () => {
  test('identity comes from the CloudBase context, never from the event', async () => {
    const event = { action: 'list', userInfo: { openId: 'forged' }, openid: 'forged' }
    const answer = await main(event, { environment: JSON.stringify({ TCB_ENV: 'test' }) })
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  test('a missing DATA_KEY is an INTERNAL error, not a crash', async () => {
    const saved = process.env.DATA_KEY
    delete process.env.DATA_KEY
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {})
    const context = { environment: JSON.stringify({ WX_OPENID: 'o-1', TCB_ENV: 'test' }) }
    const answer = await main({ action: 'list' }, context)
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    process.env.DATA_KEY = saved
    quiet.mockRestore()
  })
})

test.each([
  ['cloud://env-1a2b.6465-env-1a2b-1300/uploads/o-1/proof.jpg', true],
  ['cloud://env-1a2b.6465-env-1a2b-1300/uploads/o-2/proof.jpg', false],
  ['cloud://env-1a2b.6465-env-1a2b-1300/uploads/o-1/../o-2/proof.jpg', false],
  ['cloud://env-1a2b.6465-env-1a2b-1300/uploads/o-1/', false],
  ['cloud://env-1a2b.6465-env-1a2b-1300/other/o-1/proof.jpg', false],
  ['https://example.com/uploads/o-1/proof.jpg', false],
  ['f_00000000000000000000000000000000', false],
])('fileID %s belongs to o-1: %s', (fileID, owned) => {
  expect(ownsCloudPath(fileID, 'o-1')).toBe(owned)
})
