// Files a person would pick: photos drawn in the page (each one different, as real photos are) and a PDF
// e-invoice, handed to the page's file input as Playwright's file payloads.
import type { Page } from 'playwright-core'

export interface FilePayload {
  name: string
  mimeType: string
  buffer: Buffer
}

/** A 1200×900 PNG with `caption` written on it: big enough to look like a photo of a paper in the screenshots. */
export async function photo(page: Page, caption: string): Promise<FilePayload> {
  const dataUrl = await page.evaluate((text) => {
    const canvas = document.createElement('canvas')
    canvas.width = 1200
    canvas.height = 900
    const context = canvas.getContext('2d')!
    context.fillStyle = '#fbfaf5'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.fillStyle = '#222'
    context.font = 'bold 72px sans-serif'
    context.fillText(text, 80, 200)
    context.font = '40px sans-serif'
    for (let line = 0; line < 10; line++)
      context.fillText(`项目 ${line + 1} ……………… ${(line + 1) * 37}.00 元`, 80, 320 + line * 52)
    return canvas.toDataURL('image/png')
  }, caption)
  return {
    name: `${caption}.png`,
    mimeType: 'image/png',
    buffer: Buffer.from(dataUrl.split(',')[1], 'base64'),
  }
}

/** A small but well-formed PDF, as a hospital's e-invoice arrives. */
export function pdfInvoice(serial: number): FilePayload {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% invoice ${serial}\ntrailer<</Root 1 0 R>>\n%%EOF\n`
  return { name: `电子票据-${serial}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') }
}
