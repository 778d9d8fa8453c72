import { stop } from 'esbuild'

import { FAQ_SIZE_LIMIT_BYTES, measureFaqSize } from './faq-size'

test('the FAQ adds at most 80 KB to the weapp main package (minified, zod and policy core external)', async () => {
  const { faq, withPolicy } = await measureFaqSize()
  console.log(`shared/faq: ${faq.bytes} B (gzip ${faq.gzip} B); with policy modules: ${withPolicy.bytes} B`)
  expect(faq.bytes).toBeLessThanOrEqual(FAQ_SIZE_LIMIT_BYTES)
})

// esbuild's build service is a child process: left running, it keeps jest from exiting.
afterAll(() => stop())
