/**
 * zod for the whole product. WeChat forbids building functions from strings (`new Function`), which zod's
 * fast object parser does; zod reads the switch when a schema is built, so it is set here, before any
 * module of the core can build one. Every module takes `z` from this file (biome noRestrictedImports).
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
