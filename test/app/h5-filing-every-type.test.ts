// Every filing type every profile offers (the core's tables: profiles × types), walked through the H5 wizard
// in real Chromium against the local runtime to its confirmation card and submitted. A new type or profile is
// covered here without a new test. Taps per walk are counted (typing aside) and printed at the end.
import { maskIdNumber } from '@shared/identity/id-number'
import { PROFILES } from '@shared/policy/profiles'
import { MATERIALS_NOTICE } from '@shared/rules/notices'
import { todayInShanghai } from '@shared/time/calendar'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type FilingCase, filingCases, validityText } from './filing-cases'
import { type AppSession, openApp } from './h5-app'
import { photo } from './h5-files'
import { openWizard, type Person } from './h5-journey'

const today = todayInShanghai(new Date())
const cases = filingCases(today)
const taps = new Map<string, number>()

let app: AppSession
beforeAll(async () => {
  app = await openApp()
}, BUILD_TIMEOUT_MS)
afterAll(async () => {
  console.log(
    `taps from the wizard's first screen to the result, per filing type:\n${[...taps]
      .map(([name, count]) => `  ${name}: ${count}`)
      .join('\n')}`,
  )
  await app?.close()
})

/** Typing is not what this walk measures: fill at once (the key-by-key typing is tested in h5-filing). */
const fill = (person: Person, label: string, text: string) => person.textbox(label).fill(text)

const walk = async (filing: FilingCase, index: number) => {
  const person = await openWizard(app, `every-type-${index}`)
  const { page } = person
  try {
    await person.chooseSelf(filing.person)
    await person.next()
    await person.acceptPrivacyNotice()
    // Name and ID number are the verified identity's; the platform's look-up answers before 下一步.
    await person.sees(`身份证号：${maskIdNumber(filing.person.idNumber)}`)
    await person.sees('医保信息平台已查到参保信息')
    await fill(person, '手机号', filing.person.phone)
    await fill(person, '参保地', filing.insured.typed)
    await person.tap(person.button(filing.insured.label))
    await person.choose('城镇职工')
    await person.next()
    await person.choose(filing.typeLabel)
    await person.next()
    await fill(person, '就医地', filing.destination.typed)
    await person.tap(person.button(filing.destination.label))
    await person.next()
    await person.sees('备案开始日期')
    await person.next()
    await person.sees('我已阅读并同意以上承诺')
    // What the profile says about the papers (the form's lines, none needed and why), as the core words it.
    const papers = filing.quote.notices.find((notice) => notice.code === MATERIALS_NOTICE)
    if (papers) await person.sees(papers.text)
    for (const label of filing.upload) {
      person.taps++
      await page.getByLabel(`${label}：拍照或选择文件`).setInputFiles(await photo(page, label))
      await page.getByText('已上传 1 份').filter({ visible: true }).first().waitFor({ timeout: 30_000 })
    }
    if (filing.supplementLater) await person.tick('现在还没有证明，先备案、取得后再上传（承诺补充）')
    if (filing.referral) {
      await fill(person, '转出医院', '参保地人民医院')
      await fill(person, '初步诊断', '冠心病')
      await fill(person, '病情摘要', '需转外地上级医院进一步治疗')
    }
    if (filing.emergency) await fill(person, '病情摘要', '外出途中突发急症入院抢救')
    await person.tick('我已阅读并同意以上承诺')
    await person.next()
    await person.sees('请了解以下事项')
    await person.sees(filing.typeLabel)
    await person.sees(validityText(filing.quote))
    // Every line of the card as the core's tables word it for this profile and type.
    for (const notice of filing.quote.notices) await person.sees(notice.text)
    await person.tap(person.button('确认提交'))
    await person.sees(filing.quote.effectiveOnSubmit ? '备案已生效' : '备案已提交，待补充材料')
    // 承诺补充: the result names each proof the profile's clause accepts later (劳动合同 where work proofs count).
    for (const label of filing.later) await person.sees(label)
    taps.set(filing.name, person.taps)
  } catch (error) {
    await app.screenshot(page, `every-type-failed-${index}`).catch(() => undefined)
    throw new Error(`${filing.name}: ${(error as Error).message}`)
  } finally {
    await page.context().close()
  }
}

/** A few walks at once in the one browser: the machine's wait is the server's and the page's, not the CPU's. */
const inPool = async <T>(items: T[], size: number, run: (item: T) => Promise<void>) => {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item)
    }),
  )
}

test.each(PROFILES.map((profile) => profile.id))(
  'every filing type %s offers is filed through the wizard',
  async (profile) => {
    const mine = cases.flatMap((filing, index) => (filing.profile === profile ? [{ filing, index }] : []))
    expect(mine.length).toBeGreaterThan(0)
    await inPool(mine, 3, ({ filing, index }) => walk(filing, index))
  },
  180_000,
)
