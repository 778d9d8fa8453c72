// Steps of journeys A and B as a person takes them on the H5 app: by visible labels, counting taps.
import type { Envelope } from '@shared/envelope'
import { maskIdNumber } from '@shared/identity/id-number'
import type { Locator, Page } from 'playwright-core'
import { authorisedBy, type Send, verifiedAs } from '../identity-prelude'
import type { AppSession } from './h5-app'

const expectValue = async (box: Locator, text: string) => {
  const value = await box.inputValue()
  if (value !== text) throw new Error(`typed “${text}” but the box shows “${value}”`)
}

/** A valid 18-digit number for a test person (GB 11643 check digit worked out in advance). */
export const PEOPLE = {
  wuhan: { name: '张三', idNumber: '420105198001011230', phone: '13800138000' },
  // 𬌗 lies outside the BMP (CJK Ext-B…): GB 18030 names must file and show intact.
  jilin: { name: '李𬌗', idNumber: '220102199003154567', phone: '13900139000' },
  ganzhou: { name: '王秀英', idNumber: '360702195006067894', phone: '13700137000' },
}

export class Person {
  taps = 0
  /** Taps only a first use takes (the personal-information notice), kept out of the journey's budget. */
  firstUseTaps = 0
  constructor(readonly page: Page) {}

  async tap(target: Locator) {
    this.taps++
    await target.click()
  }

  button(name: string) {
    return this.page.getByRole('button', { name, exact: true })
  }

  textbox(name: string) {
    return this.page.getByRole('textbox', { name, exact: true })
  }

  /** Typing is not counted as taps: the budget is about taps besides the typing. */
  async type(name: string, text: string) {
    // Key by key, as a phone's keyboard sends it: a page that loses the caret mid-word shows up here.
    await this.textbox(name).fill('')
    await this.textbox(name).pressSequentially(text)
    await expectValue(this.textbox(name), text)
  }

  async choose(name: string) {
    this.taps++
    // A tap, not check(): a radio styled as a card is tapped as a whole, as a finger does.
    await this.page.getByRole('radio', { name, exact: true }).click()
  }

  async tick(name: string) {
    this.taps++
    await this.page.getByRole('checkbox', { name, exact: true }).check()
  }

  async next() {
    await this.tap(this.button('下一步'))
  }

  async sees(text: string) {
    // Pages left behind by navigateTo stay in the DOM, hidden: only what is on screen counts.
    await this.page.getByText(text, { exact: false }).filter({ visible: true }).first().waitFor()
  }

  /** Types part of a place and taps the matching result (e.g. 深圳 → 广东省 深圳市). */
  async pickPlace(field: string, typed: string, result: string) {
    await this.type(field, typed)
    await this.tap(this.button(result))
  }

  /** Home, once: the insured region, remembered from then on. */
  async rememberRegion(typed: string, result: string) {
    await this.sees('异地就医备案')
    await this.pickPlace('参保地', typed, result)
    await this.sees(`参保地：${result}`)
  }

  /**
   * The identity rule as a returning user meets it, through the API with the page's own sign-in (development
   * adapter): for themself the account was verified earlier (实名认证); for a family member that person invited
   * this account (亲情账户) and it accepted.
   */
  private sendFromPage: Send = async (openid, fn, body) =>
    (await this.page.evaluate(
      async ({ openid, fn, body }) =>
        (
          await fetch(`/api/fn/${fn}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Openid': openid },
            body: JSON.stringify(body),
          })
        ).json(),
      { openid, fn, body },
    )) as Envelope

  private signedInAs() {
    return this.page.evaluate(() => localStorage.getItem('yidi.dev-openid') ?? '')
  }

  async verifiedAs(person: { name: string; idNumber: string }) {
    await verifiedAs(this.sendFromPage, await this.signedInAs(), person)
  }

  async authorisedBy(person: { name: string; idNumber: string }) {
    await authorisedBy(this.sendFromPage, await this.signedInAs(), person)
  }

  /** The first-use notice comes before any personal field on a fresh phone: read and accepted once. */
  async acceptPrivacyNotice() {
    const accept = this.button('我已阅读并同意')
    await accept.or(this.textbox('手机号')).or(this.textbox('参保人姓名')).first().waitFor()
    if (!(await accept.isVisible())) return
    this.firstUseTaps++
    await accept.click()
  }

  /**
   * `prefix`: '参保人' when a family member files, so each field says whose it is. For themself the person was
   * verified before choosing 为本人办理 (`verifiedAs`): name and ID number are the identity's, shown, not typed.
   */
  async fillPerson(
    person: { name: string; idNumber: string; phone: string },
    insurance = '城镇职工',
    prefix = '',
  ) {
    if (prefix) await this.authorisedBy(person)
    await this.acceptPrivacyNotice()
    if (prefix) {
      await this.textbox(`${prefix}姓名`).waitFor()
      await this.type(`${prefix}姓名`, person.name)
      await this.type(`${prefix}身份证号`, person.idNumber)
    } else await this.sees(`身份证号：${maskIdNumber(person.idNumber)}`)
    await this.type(`${prefix}手机号`, person.phone)
    await this.lookedUp()
    await this.choose(insurance)
  }

  /** The 医保信息平台 has answered the wizard's look-up (insured, or not answering: both let the person go on). */
  async lookedUp() {
    await this.page
      .getByText(/医保信息平台已查到参保信息|医保信息平台暂时没有应答/)
      .filter({ visible: true })
      .first()
      .waitFor()
  }

  /** 为本人办理 as a verified person: verified first (实名认证 done earlier), then the choice. */
  async chooseSelf(person: { name: string; idNumber: string }) {
    await this.verifiedAs(person)
    await this.choose('为本人办理')
    await this.sees('已实名认证')
  }

  /**
   * From the wizard's first step to 材料与承诺, filing for themself: the person, the 参保地 where home has not set it,
   * the type, the 就医地 (typed, then the place tapped) and the start date as offered.
   */
  async fileForSelfToMaterials(
    person: { name: string; idNumber: string; phone: string },
    filing: { type: string; destination: [string, string]; insuredRegion?: [string, string] },
  ) {
    // Every step moves on with 下一步, 为本人办理 included: one rule, no surprise.
    await this.chooseSelf(person)
    await this.next()
    await this.fillPerson(person)
    if (filing.insuredRegion) await this.pickPlace('参保地', ...filing.insuredRegion)
    await this.next()
    await this.choose(filing.type)
    await this.next()
    await this.pickPlace('就医地', ...filing.destination)
    await this.next()
    await this.sees('备案开始日期')
    await this.next()
  }

  /** From the wizard's first step: 为本人办理, a temporary filing (其他临时外出就医人员) to 深圳, to its confirmation card. */
  async fileTemporaryToCard(person: { name: string; idNumber: string; phone: string }) {
    await this.fileForSelfToMaterials(person, {
      type: '其他临时外出就医人员',
      destination: ['深圳', '广东省 深圳市'],
    })
    await this.tick('我已阅读并同意以上承诺')
    await this.next()
    await this.sees('请了解以下事项')
  }
}

/** A fresh phone signed in as `openid`, on the filing wizard's first step. */
export async function openWizard(app: AppSession, openid: string): Promise<Person> {
  const page = await app.newPage(openid)
  await page.goto(`${app.origin}#/pages/filing/index`)
  const person = new Person(page)
  await person.sees('这次备案是为谁办理？')
  return person
}

/** Reads until `holds` is true (the screen settles after a tap), then returns the value; fails after 5 s. */
export async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await read()
    if (holds(value)) return value
    if (Date.now() - started > 5000) throw new Error(`still ${JSON.stringify(value)} after 5 s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
