// The claim form (手工报销) as a person fills it in Chromium, for the journeys that file a claim.
import type { Page } from 'playwright-core'
import type { FilePayload } from './h5-files'
import { Person } from './h5-journey'

export const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })
export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

/**
 * On a fresh claim form: verified as `claimant` and past the personal-information notice, the person filled in
 * as insured in 赣州 as 城镇职工, for a stay in hospital (住院). The hospital and the money are each test's own.
 */
export async function fillGanzhouInpatient(page: Page, claimant: { name: string; idNumber: string }) {
  const person = new Person(page)
  await person.verifiedAs(claimant)
  await person.acceptPrivacyNotice()
  await textbox(page, '参保人姓名').fill(claimant.name)
  await textbox(page, '参保人身份证号').fill(claimant.idNumber)
  await textbox(page, '联系电话').fill('13600136000')
  await textbox(page, '参保地').fill('赣州')
  await button(page, '江西省 赣州市').click()
  await page.getByRole('radio', { name: '城镇职工' }).check()
  await page.getByRole('radio', { name: '住院' }).check()
}

/** Adds `file` to the checklist item `label` and waits until the form shows it uploaded. */
export async function uploadMaterial(page: Page, label: string, file: FilePayload) {
  const uploader = page.locator('.uploader', { hasText: label }).first()
  const before = await uploader.locator('.uploader__item--done').count()
  await uploader.locator('input[type=file]').setInputFiles(file)
  await uploader.locator('.uploader__item--done').nth(before).waitFor()
}
