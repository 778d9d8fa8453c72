// WeChat forbids building functions from strings ("不支持使用 new Function 创建函数"). zod compiles a fast
// object parser that way unless jitless is set before the schema is built, so: load every schema of the
// contract and the policy profiles, parse with each, and count the functions built from strings.
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
