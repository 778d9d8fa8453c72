import tcb from '@cloudbase/node-sdk'
import { claimsCloudBase } from '../../server/adapters/cloudbase/claims.cloudbase'
import { filingsCloudBase } from '../../server/adapters/cloudbase/filings.cloudbase'
import { repositoryContract } from './repositories.contract'

// Runs against a real CloudBase environment only when credentials are given:
// TCB_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY (collections as in cloudbase/database.json).
const { TCB_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env

if (TCB_ENV && TENCENTCLOUD_SECRETID && TENCENTCLOUD_SECRETKEY) {
  repositoryContract('CloudBase', async () => {
    const db = tcb
      .init({ env: TCB_ENV, secretId: TENCENTCLOUD_SECRETID, secretKey: TENCENTCLOUD_SECRETKEY })
      .database()
    return { filings: filingsCloudBase(db), claims: claimsCloudBase(db), close: async () => {} }
  })
} else {
  test.skip('CloudBase repository contract (set TCB_ENV and Tencent Cloud credentials to run)', () => {})
}
