// The 手写签名 pad in Chromium (the simulator has no canvas), as a finger uses it.
import type { Page } from 'playwright-core'

export const signaturePad = (page: Page) => page.getByLabel('签名区：用手指在此处写下姓名')

/** A finger stroke across the pad: down, across in small moves, up (pointer events, as a phone's touch sends them). */
export async function strokeAcrossPad(page: Page) {
  const pad = signaturePad(page)
  await pad.scrollIntoViewIfNeeded()
  const box = (await pad.boundingBox())!
  await page.mouse.move(box.x + 20, box.y + box.height / 2)
  await page.mouse.down()
  for (let step = 1; step <= 20; step++)
    await page.mouse.move(box.x + 20 + step * 10, box.y + box.height / 2 + (step % 2 ? 8 : -8))
  await page.mouse.up()
}
