/**
 * What free text may hold. C0/C1 control characters (NUL and friends; tab and line breaks are kept for
 * multi-line notes), bidirectional embeddings, overrides and isolates (they make a note read differently
 * from what it says), and lone surrogates (no character at all) are refused rather than stored.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/
// No lookbehind: older phones' JavaScript engines (iOS before 16.4) cannot parse it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/

export type TextProblem = 'control' | 'bidi' | 'surrogate'

export const textProblem = (value: string): TextProblem | undefined => {
  if (LONE_SURROGATE.test(value)) return 'surrogate'
  if (CONTROL.test(value)) return 'control'
  if (BIDI_CONTROL.test(value)) return 'bidi'
  return undefined
}

export const TEXT_PROBLEM_MESSAGES: Record<TextProblem, (label: string) => string> = {
  control: (label) => `${label}含有不可见的控制字符，请删除后重新输入`,
  bidi: (label) => `${label}含有改变文字方向的隐藏字符，请删除后重新输入`,
  surrogate: (label) => `${label}含有无法识别的字符，请重新输入`,
}
