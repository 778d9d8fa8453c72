// Every JavaScript file of the built mini-program must parse as ES5. WeChat runs the code in the phone's
// own engine (JavaScriptCore on iOS, so an iPhone held at iOS 12 cannot read optional chaining or `??`),
// and the upload does not transpile (project.config.json `es6: false`): what we ship is what runs.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { BUILD_TIMEOUT_MS, ensureBuild } from './ensure-build'

const ECMA_LEVEL = 5

const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return jsFiles(full)
    return entry.name.endsWith('.js') ? [full] : []
  })

/** Where the file stops being ES5, with the code around it, or undefined when it parses. */
function newerSyntax(file: string): string | undefined {
  const code = readFileSync(file, 'utf8')
  try {
    parse(code, { ecmaVersion: ECMA_LEVEL, sourceType: 'script' })
    return undefined
  } catch (error) {
    const { pos = 0, message } = error as { pos?: number; message: string }
    return `${message}: …${code.slice(Math.max(0, pos - 40), pos + 40)}…`
  }
}

test(
  `every .js file of dist/weapp parses as ES${ECMA_LEVEL}`,
  () => {
    const dist = ensureBuild('weapp')
    const files = jsFiles(dist)
    expect(files.map((file) => path.relative(dist, file))).toEqual(
      expect.arrayContaining(['app.js', 'vendors.js', 'taro.js']),
    )
    const failures = files.flatMap((file) => {
      const problem = newerSyntax(file)
      return problem ? [`${path.relative(dist, file)}: ${problem}`] : []
    })
    expect(failures).toEqual([])
  },
  BUILD_TIMEOUT_MS,
)

test('the checker does fail on syntax newer than ES5', () => {
  expect(() => parse('var a = b?.c', { ecmaVersion: ECMA_LEVEL })).toThrow()
  expect(() => parse('var a = function () { return 1 }', { ecmaVersion: ECMA_LEVEL })).not.toThrow()
})
