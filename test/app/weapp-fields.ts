// Typing into the built mini-program's text fields under miniprogram-simulate, by their visible labels.
import { type Rendered, texts } from './weapp-sim'

/** One render pass of the page after an event. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 60))

/** Every text field has one label and one input, in the same order. */
export const typeInto = async (page: Rendered, label: string, value: string) => {
  const labels = texts(page, '.text-field__label').map((text) => text.trim())
  const input = page.querySelectorAll('.text-field__input')[labels.indexOf(label)]
  if (!labels.includes(label) || !input) throw new Error(`no field ${label}: ${labels.join(' | ')}`)
  input.dispatchEvent('input', { detail: { value } })
  await settle()
}
