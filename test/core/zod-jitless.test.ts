// WeChat forbids building functions from strings ("不支持使用 new Function 创建函数"). zod compiles a fast
// object parser that way unless jitless is set before the schema is built, so: load every schema of the
// contract and the policy profiles, parse with each, and count the functions built from strings. And every
// module that takes zod's values imports shared/zod-jitless.ts before it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const built: string[] = []
const RealFunction = Function

beforeAll(() => {
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: string[]) {
      built.push(args.join(', '))
      return Reflect.construct(target, args)
    },
    apply(target, self, args: string[]) {
      built.push(args.join(', '))
      return Reflect.apply(target, self, args)
    },
  })
})
afterAll(() => {
  globalThis.Function = RealFunction
})

test('no schema of the core builds a function from a string', () => {
  const schemas = [
    require('@shared/schemas/filing.schema').filingEventSchema,
    require('@shared/schemas/claim.schema').claimEventSchema,
    require('@shared/schemas/staff.schema').staffEventSchema,
    require('@shared/schemas/account.schema').accountEventSchema,
    require('@shared/schemas/faq.schema').faqEventSchema,
    ...Object.values(require('@shared/schemas/responses.schema').RESPONSE_SCHEMAS),
  ]
  require('@shared/policy/profiles')
  for (const schema of schemas) {
    schema.safeParse({ action: 'x', nested: { a: 1 } })
    schema.safeParse({})
  }
  expect(schemas.length).toBeGreaterThan(10)
  expect(built).toEqual([])
})

const sharedRoot = path.resolve(__dirname, '..', '..', 'shared')
const coreFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? coreFiles(full) : entry.name.endsWith('.ts') ? [full] : []
  })
const zodUsers = coreFiles(sharedRoot).filter(
  (file) =>
    !file.endsWith('zod-jitless.ts') && /^import (?!type)[^\n]*from 'zod'/m.test(readFileSync(file, 'utf8')),
)

test.each(zodUsers.map((file) => [path.relative(sharedRoot, file), file]))(
  '%s turns the JIT off before it imports zod',
  (_, file) => {
    const text = readFileSync(file, 'utf8')
    const jitless = text.search(/^import '(\.\.?\/)+zod-jitless'$/m)
    const zod = text.search(/^import (?!type)[^\n]*from 'zod'/m)
    expect(jitless).toBeGreaterThanOrEqual(0)
    expect(jitless).toBeLessThan(zod)
  },
)
