import { characterCount, isPersonName } from '@shared/identity/person-name'
import { filingEventSchema } from '@shared/schemas/filing.schema'
import { parseInput } from '@shared/schemas/parse'
import { draft } from './drafts'

const named = (name: string) =>
  parseInput(filingEventSchema, {
    action: 'submit',
    idempotencyKey: 'key-12345678',
    draft: { ...draft(), insured: { ...draft().insured, name } },
  })

const char = String.fromCodePoint

describe('names with characters of every CJK block are accepted whole', () => {
  test.each([
    ['李𬌗, the name of the issue (Extension E, U+2C317)', '李𬌗'],
    ['Extension A', `王${char(0x3400)}`],
    ['Extension B', `陈${char(0x20000)}`],
    ['Extension C', `张${char(0x2a700)}`],
    ['Extension D', `刘${char(0x2b740)}`],
    ['Extension E', `杨${char(0x2b820)}`],
    ['Extension F', `黄${char(0x2ceb0)}`],
    ['Extension G', `赵${char(0x30000)}`],
    ['Extension H', `吴${char(0x31350)}`],
    ['Extension I', `周${char(0x2ebf0)}`],
    ['a compatibility ideograph, not normalised to its unified twin', `徐${char(0xf900)}`],
    ['the compatibility supplement', `孙${char(0x2f800)}`],
    ['thirty Extension B characters (sixty UTF-16 units)', char(0x20001).repeat(30)],
    ['a minority name with the middle dot', '买买提·艾力'],
  ])('%s', (_, name) => {
    const parsed = named(name)
    expect(parsed.ok && parsed.value.action === 'submit' && parsed.value.draft.insured.name).toBe(name)
  })
})

describe('what is not a name is refused, naming the field', () => {
  test.each([
    [
      'one character, even if it takes two UTF-16 units',
      '𬌗',
      '参保人姓名只能包含汉字、字母或间隔号，2 至 30 个字',
    ],
    ['thirty-one characters', char(0x20001).repeat(31), '参保人姓名不能超过30个字'],
    ['an emoji', '李😀', '参保人姓名只能包含汉字'],
    ['a Yijing hexagram beside the ideographs (U+4DC0)', `李${char(0x4dc0)}`, '参保人姓名只能包含汉字'],
    ['a Kangxi radical (U+2F00)', `李${char(0x2f00)}`, '参保人姓名只能包含汉字'],
    ['an unpaired surrogate', `李${'\ud870'}`, '参保人姓名含有无法识别的字符'],
  ])('%s', (_, name, message) => {
    const parsed = named(name)
    expect(parsed.ok ? undefined : parsed.error.issues?.[0]).toEqual({
      path: 'draft.insured.name',
      message: expect.stringContaining(message),
    })
  })
})

test('characters are counted as a person counts them', () => {
  expect(characterCount('李𬌗')).toBe(2)
  expect('李𬌗'.length).toBe(3)
  expect(isPersonName('李𬌗')).toBe(true)
})
