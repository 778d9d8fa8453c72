// The built filing wizard under miniprogram-simulate, driven as a person drives it: by what the page says.
import { settle, typeInto } from './weapp-fields'
import { byText, type Rendered, texts, waitFor } from './weapp-sim'

/** A place as the person types it (the bare name) and taps it (its label). */
export interface Place {
  typed: string
  label: string
}

/** `page` is read at each step: the test renders it in its beforeAll. */
export const wizardDriver = (page: () => Rendered) => {
  const bodyText = () => page().dom.textContent ?? ''
  const seen = (text: string, timeoutMs = 10_000) =>
    waitFor(() => bodyText().includes(text), timeoutMs).catch(() => {
      throw new Error(`“${text}” not on the page: ${bodyText().slice(0, 600)}`)
    })
  const tap = async (selector: string, text: string) => {
    byText(page(), selector, text).dispatchEvent('tap')
    await settle()
  }
  // Simulator nodes answer selectors from the page only: find a node by its text among the page's list.
  const choose = async (title: string) => {
    const choice = page()
      .querySelectorAll('.choice-group__choice')
      .find((node) => node.dom.textContent?.trim().startsWith(title))
    if (!choice) throw new Error(`no choice ${title}: ${texts(page(), '.choice-group__title').join(' | ')}`)
    choice.dispatchEvent('tap')
    await settle()
  }
  const type = (label: string, value: string) => typeInto(page(), label, value)
  const labels = () => texts(page(), '.text-field__label').map((text) => text.trim())

  return {
    bodyText,
    seen,
    tap,
    choose,
    type,
    labels,
    tick: (label: string) => tap('.check-row__box', `☐${label}`),
    next: () => tap('.tap', '下一步'),
    /** A fresh phone shows the personal-information notice once, before the first field: accept it if it is there. */
    passPrivacyNotice: async () => {
      await waitFor(() => labels().length > 0 || bodyText().includes('我已阅读并同意'), 15_000)
      if (labels().length > 0) return
      await tap('.tap', '我已阅读并同意')
      await waitFor(() => labels().length > 0, 15_000)
    },
    /** A place typed and tapped; a remembered one (the last walk's, the step's only place) is changed first. */
    pickPlace: async (label: string, place: Place) => {
      const chosen = texts(page(), '.region-field__place').map((text) => text.trim())
      if (chosen.includes(place.label)) return
      if (chosen.length > 0) {
        await tap('.tap', '更改')
        await waitFor(() => labels().includes(label), 15_000)
      }
      await type(label, place.typed)
      // The results come a moment after the typing: on a loaded machine, later than one settle.
      await waitFor(
        () => texts(page(), '.region-field__result').some((text) => text.trim() === place.label),
        15_000,
      )
      await tap('.region-field__result', place.label)
    },
    /** The page shown again, as WeChat does when the person comes back from another page. */
    shownAgain: async () => {
      ;(page() as unknown as { instance: { onShow(): void } }).instance.onShow()
      await settle()
    },
  }
}
