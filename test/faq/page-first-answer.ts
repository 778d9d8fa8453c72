// The first answer as a person meets it on the FAQ page: the built H5 app in real Chromium with the CPU slowed 6×
// through the DevTools protocol, each run in a fresh page. The person types a question into the box named
// 输入您的问题 and presses 搜索 (Enter); in the page, the clock runs from that key to the answer's question in the
// document, so it counts the search and the render of the answer.
import type { BrowserContext, Page } from 'playwright-core'
import { openH5 } from '../app/h5-browser'
import { CPU_SLOWDOWN } from './throttled-first-answer'

const RUNS = 15
const QUESTION = '急诊没备案'
/**
 * How long a person looks at the page before the first key: far less than typing a question with an input method
 * takes. It models the person; nothing here waits on the app by a clock.
 */
const READING_MS = 1500

export interface PageFirstAnswer {
  runs: number
  /** The question asked after reading the page a moment (the page has warmed its search by then). */
  afterReadingMs: number
  /** The question typed the moment the hot questions show. */
  atOnceMs: number
}

/**
 * The page searches by itself 150 ms after the last key (DEBOUNCE_MS in its index.tsx), counted from after the text
 * went in. An Enter sooner than that after the text started the clock before any answer was on its way; a later one
 * may not have (the machine was busy), and that run is taken again in a fresh page.
 */
const ENTER_WITHIN_MS = 150
/** A string, not a function: tsx names functions with a helper the page does not have. -1: Enter came too late. */
const ANSWER_TIMER = `(() => {
  let typedAt = -Infinity
  document.addEventListener('input', () => { typedAt = performance.now() }, { capture: true })
  window.__answered = new Promise((resolve) => {
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return
      const start = performance.now()
      if (start - typedAt >= ${ENTER_WITHIN_MS}) return resolve(-1)
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.faq-card__question')) return
        observer.disconnect()
        resolve(performance.now() - start)
      })
      observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    }, { capture: true, once: true })
  })
})()`
const ATTEMPTS = 5

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const firstAnswerIn = async (page: Page, origin: string, readingMs: number): Promise<number> => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await page.goto(`${origin}#/packages/faq/pages/index`)
  await page.getByText('热门问题').waitFor()
  if (readingMs > 0) await page.waitForTimeout(readingMs)
  await page.evaluate(ANSWER_TIMER)
  await page.getByLabel('输入您的问题', { exact: true }).focus()
  // As a keyboard would: no waits between the text and the key.
  await page.keyboard.insertText(QUESTION)
  await page.keyboard.press('Enter')
  return page.evaluate('window.__answered') as Promise<number>
}

/** In fresh pages until Enter came soon enough after the text. */
const firstAnswer = async (context: BrowserContext, origin: string, readingMs: number): Promise<number> => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const page = await context.newPage()
    try {
      const ms = await firstAnswerIn(page, origin, readingMs)
      if (ms >= 0) return ms
    } finally {
      await page.close()
    }
  }
  throw new Error(
    `Enter came ${ENTER_WITHIN_MS} ms or more after the question in ${ATTEMPTS} pages: the machine is too busy to measure`,
  )
}

export const measurePageFirstAnswer = async (): Promise<PageFirstAnswer> => {
  const session = await openH5()
  const context = session.page.context()
  const afterReading: number[] = []
  const atOnce: number[] = []
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [times, readingMs] of [
        [afterReading, READING_MS],
        [atOnce, 0],
      ] as const) {
        times.push(await firstAnswer(context, session.origin, readingMs))
      }
    }
  } finally {
    await session.close()
  }
  return { runs: RUNS, afterReadingMs: median(afterReading), atOnceMs: median(atOnce) }
}
