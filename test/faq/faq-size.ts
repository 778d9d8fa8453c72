// What the FAQ subpackage ships: shared/faq bundled and minified the way the mini-program ships
// it, alone and with the policy modules it imports. zod is imported by other pages anyway, so it
// stays external.
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'

/** Issue 9's budget for shared/faq and what it imports (the pinyin table is about 17 KB of it). */
export const FAQ_SIZE_LIMIT_BYTES = 150 * 1024

const ENTRY = join(__dirname, '../../shared/faq/index.ts')

const policyExternal: Plugin = {
  name: 'policy-external',
  setup(builder) {
    builder.onResolve({ filter: /\/policy\// }, (args) => ({ path: args.path, external: true }))
  },
}

const bundle = async (plugins: Plugin[]) => {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    charset: 'utf8',
    format: 'esm',
    target: 'es2018',
    external: ['zod'],
    plugins,
    write: false,
    logLevel: 'silent',
  })
  const bytes = result.outputFiles[0].contents
  return { bytes: bytes.length, gzip: gzipSync(bytes).length }
}

export interface FaqSize {
  /** shared/faq alone: corpus, synonyms, search. */
  faq: { bytes: number; gzip: number }
  /** Plus the policy modules it imports (profiles, sources), zod still external. */
  withPolicy: { bytes: number; gzip: number }
}

export const measureFaqSize = async (): Promise<FaqSize> => ({
  faq: await bundle([policyExternal]),
  withPolicy: await bundle([]),
})
