/**
 * @jest-environment jsdom
 */
// Every filing type every profile offers (the core's tables: profiles × types), walked through the built
// mini-program's wizard under miniprogram-simulate with the official wcc, to its confirmation card and
// submitted; the functions run in process over real SQLite. Photos are "taken" by a stand-in for the camera
// and stored through the real file store, as cloud storage would keep them.
import { maskIdNumber } from '@shared/identity/id-number'
import { todayInShanghai } from '@shared/time/calendar'
import { fileStoreCloudBase } from '../../server/adapters/cloudbase/file-store.cloudbase'
import { cloudDbStandIn } from '../server/cloud-db-stand-in'
import { storageStandIn } from '../server/cloud-storage-stand-in'
import { type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { filingCases, validityText } from './filing-cases'
import { canvasSelectorQuery } from './weapp-canvas'
import { inProcessCloud } from './weapp-cloud'
import { type Rendered, renderPage, texts, waitFor } from './weapp-sim'
import { wizardDriver } from './weapp-wizard'

const CALLER = 'weapp-every-type'
// The smallest PNG there is (1×1): the file store sniffs the type from these bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const today = todayInShanghai(new Date())
const cases = filingCases(today)
let store: TempStore
let page: Rendered
let shots = 0

const { bodyText, seen, tap, choose, type, labels, tick, next, pickPlace, passPrivacyNotice } = wizardDriver(
  () => page,
)

let saves = 0
const bucket = storageStandIn()

beforeAll(() => {
  store = tempStore(new Date().toISOString())
  page = renderPage('pages/filing/index', {
    cloud: {
      // Uploads as on CloudBase: into the caller's storage folder, then checked and recorded by the function.
      ...inProcessCloud(store, CALLER, [], {
        ...store.ports,
        files: fileStoreCloudBase(cloudDbStandIn().db, bucket.storage),
      }),
      uploadFile: ({
        cloudPath,
        success,
      }: {
        cloudPath: string
        success: (r: { fileID: string }) => void
      }) => {
        const fileID = `cloud://env-1a2b.6465-env-1a2b-1300/${cloudPath}`
        // Each photo its own content: a filing refuses the same file twice.
        bucket.objects.set(fileID, Buffer.concat([PNG, Buffer.from(`\n${++saves}`)]))
        success({ fileID })
      },
    },
    chooseMedia: () => {
      shots++
      return Promise.resolve({
        tempFiles: [{ tempFilePath: `wxfile://tmp/photo-${shots}.png`, size: PNG.length }],
      })
    },
    // Promisified by Taro: it passes callbacks.
    compressImage: ({ src, success }: { src: string; success?: (result: object) => void }) =>
      success?.({ tempFilePath: src, errMsg: 'compressImage:ok' }),
    getFileSystemManager: () => ({
      getFileInfo: ({ filePath, success }: { filePath: string; success: (info: object) => void }) =>
        success({ size: PNG.length, digest: filePath }),
    }),
    createSelectorQuery: canvasSelectorQuery,
    getWindowInfo: () => ({ pixelRatio: 2, windowWidth: 375, windowHeight: 667 }),
  })
  return seen('这次备案是为谁办理？')
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

test.each(cases.map((filing) => [filing.name, filing] as const))(
  '%s: filed through the wizard',
  async (_name, filing) => {
    await seen('第 1 步')
    // The account verified as this case's person (实名认证), as a person filing for themself is.
    await store.callAsIs('identity', { action: 'verify', ...filing.person }, CALLER)
    // One account walking every type in a minute is far past the hourly look-up limit a person meets.
    store.db.prepare('DELETE FROM insured_lookups WHERE caller = ?').run(CALLER)
    await choose('为本人办理')
    await seen(`${filing.person.name}（${maskIdNumber(filing.person.idNumber)}），将为您本人办理`)
    await next()
    await seen('第 2 步')
    // A fresh phone: the personal-information notice comes once, before the first field.
    await passPrivacyNotice()
    // Name and ID number are the verified identity's, shown and not typed; the platform has answered.
    await seen(`身份证号：${maskIdNumber(filing.person.idNumber)}`)
    await seen('医保信息平台已查到参保信息')
    expect(labels()).not.toContain('身份证号')
    await type('手机号', filing.person.phone)
    await pickPlace('参保地', filing.insured)
    await choose('城镇职工')
    await next()
    await seen('第 3 步')
    await choose(filing.typeLabel)
    await next()
    await seen('第 4 步')
    await pickPlace('就医地', filing.destination)
    await next()
    await seen('备案开始日期')
    await next()
    await seen('我已阅读并同意以上承诺')
    for (const label of filing.upload) {
      await tap('.tap', '＋ 拍照或选择照片')
      await waitFor(() =>
        texts(page, '.uploader').some((text) => text.includes(label) && text.includes('已上传 1 份')),
      ).catch(() => {
        throw new Error(`upload of ${label} did not finish: ${texts(page, '.uploader').join(' | ')}`)
      })
    }
    if (filing.supplementLater) await tick('现在还没有证明，先备案、取得后再上传（承诺补充）')
    if (filing.referral) {
      await type('转出医院', '参保地人民医院')
      await type('初步诊断', '冠心病')
      await type('病情摘要', '需转外地上级医院进一步治疗')
    }
    if (filing.emergency) await type('病情摘要', '外出途中突发急症入院抢救')
    await tick('我已阅读并同意以上承诺')
    await next()
    await seen('请了解以下事项')
    expect(bodyText()).toContain(filing.typeLabel)
    expect(bodyText()).toContain(validityText(filing.quote))
    await tap('.tap', '确认提交')
    await seen(filing.quote.effectiveOnSubmit ? '备案已生效' : '备案已提交，待补充材料')
    for (const label of filing.later) expect(bodyText()).toContain(label)
    const filed = await store.ports.filings.listByOwner(CALLER)
    expect(filed.some((record) => record.facts.filingType === filing.filingType)).toBe(true)
    await tap('.tap', '再办一份备案')
  },
  60_000,
)
