/**
 * WeChat forbids building functions from strings (`new Function`), which zod's fast object parser does. zod
 * reads this switch when a schema is built, so every module of the core that builds schemas imports this file
 * first (test/core/zod-jitless.test.ts checks both). A side-effect import rather than a re-export of `z`: the
 * extra hop would keep the bundler from dropping the parts of zod nothing uses (its ~40 locales, 300 KB).
 */
import { config } from 'zod'

config({ jitless: true })
