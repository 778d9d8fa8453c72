/**
 * @jest-environment jsdom
 */
// Every filing type every profile offers (the core's tables: profiles × types), walked through the built
// mini-program's wizard under miniprogram-simulate with the official wcc, to its confirmation card and
// submitted; the functions run in process over real SQLite. Photos are "taken" by a stand-in for the camera
// and stored through the real file store, as cloud storage would keep them.
import { todayInShanghai } from '@shared/time/calendar'
import { fileStoreCloudBase } from '../../server/adapters/cloudbase/file-store.cloudbase'
import { cloudDbStandIn } from '../server/cloud-db-stand-in'
import { storageStandIn } from '../server/cloud-storage-stand-in'
import { type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type FilingCase, filingCases, validityText } from './filing-cases'
import { canvasSelectorQuery } from './weapp-canvas'
import { inProcessCloud } from './weapp-cloud'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

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

const bodyText = () => page.dom.textContent ?? ''
const seen = (text: string) => waitFor(() => bodyText().includes(text), 10_000)
/** React commits between events: a short pause after each event, as the toolchain notes for the simulator. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60))

const tap = async (selector: string, text: string) => {
  byText(page, selector, text).dispatchEvent('tap')
  await settle()
}
// Simulator nodes answer selectors from the page only: find a node by its text among the page's list.
const choose = async (title: string) => {
  const choice = page
    .querySelectorAll('.choice-group__choice')
    .find((node) => node.dom.textContent?.trim().startsWith(title))
  if (!choice) throw new Error(`no choice ${title}: ${texts(page, '.choice-group__title').join(' | ')}`)
  choice.dispatchEvent('tap')
  await settle()
}
const type = async (label: string, value: string) => {
  // Every text field has one label and one input, in the same order.
  const labels = texts(page, '.text-field__label').map((text) => text.trim())
  const input = page.querySelectorAll('.text-field__input')[labels.indexOf(label)]
  if (!labels.includes(label) || !input) throw new Error(`no field ${label}: ${labels.join(' | ')}`)
  input.dispatchEvent('input', { detail: { value } })
  await settle()
}
const tick = (label: string) => tap('.check-row__box', `☐${label}`)
const next = () => tap('.tap', '下一步')

/** A place typed and tapped; a remembered one (the last walk's 参保地, the step's only place) is changed first. */
const pickPlace = async (label: string, place: FilingCase['insured']) => {
  const chosen = texts(page, '.region-field__place').map((text) => text.trim())
  if (chosen.includes(place.label)) return
  if (chosen.length > 0) {
    await tap('.tap', '更改')
    await waitFor(() => texts(page, '.text-field__label').some((text) => text.trim() === label), 15_000)
  }
  await type(label, place.typed)
  // The results come a moment after the typing: on a loaded machine, later than one settle.
  await waitFor(
    () => texts(page, '.region-field__result').some((text) => text.trim() === place.label),
    15_000,
  )
  await tap('.region-field__result', place.label)
}

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
    await choose('为本人办理')
    await next()
    await seen('第 2 步')
    // A fresh phone: the personal-information notice comes once, before the first field.
    await waitFor(() => texts(page, '.text-field__label').length > 0 || bodyText().includes('我已阅读并同意'))
    if (texts(page, '.text-field__label').length === 0) {
      await tap('.tap', '我已阅读并同意')
      await waitFor(() => texts(page, '.text-field__label').length > 0, 15_000)
    }
    await type('姓名', filing.person.name)
    await type('身份证号', filing.person.idNumber)
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
