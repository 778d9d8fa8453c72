import { stop } from 'esbuild'

import { FAQ_SIZE_LIMIT_BYTES, measureFaqSize } from './faq-size'

test('the FAQ with the policy modules it imports ships at most 150 KB (minified, zod external)', async () => {
  const { faq, withPolicy } = await measureFaqSize()
  console.log(`shared/faq: ${faq.bytes} B (gzip ${faq.gzip} B); with policy modules: ${withPolicy.bytes} B`)
  expect(withPolicy.bytes).toBeLessThanOrEqual(FAQ_SIZE_LIMIT_BYTES)
})

// esbuild's build service is a child process: left running, it keeps jest from exiting.
afterAll(() => stop())
