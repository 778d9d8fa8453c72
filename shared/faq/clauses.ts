/**
 * A mixed question (我爸住院了没备案 现在补还来得及吗 能报多少) is several questions in a row, and the
 * first is the one that matters most. So the query is cut into clauses — at punctuation and spaces,
 * and after 吗 or 呢 when more follows — and every clause after the first one that asks something
 * weighs less. Context before that first question (我爸住院了没备案) keeps full weight. The second
 * answer is ranked the other way round.
 */

/** How much a question out of focus weighs: a later one, or the first when ranking the second answer. */
const OUT_OF_FOCUS_WEIGHT = 0.5

export type Focus = 'first' | 'next'

export interface Clause {
  /** normalize()d text of the clause. */
  text: string
  weight: number
  /** The question in focus: the first one asked, or (for the second answer) the ones after it. */
  focused: boolean
  /** A question after the first one: the query is mixed. */
  later: boolean
}

const BREAK = /[\s,，。.!！?？;；:：、~～…]/
const QUESTION_END = new Set(['吗', '呢'])
/** What makes a clause a question rather than context. */
const ASKS =
  /[吗呢么啥咋几哪怎谁]|什么|如何|多少|多久|能不能|可不可以|要不要|是不是|有没有|行不行|会不会|[不没]$/

const split = (text: string): string[] => {
  const parts: string[] = []
  let part = ''
  for (const char of text) {
    if (BREAK.test(char)) {
      if (part) parts.push(part)
      part = ''
      continue
    }
    part += char
    if (QUESTION_END.has(char)) {
      parts.push(part)
      part = ''
    }
  }
  if (part) parts.push(part)
  return parts
}

/**
 * `asksSomething` lets a clause that only states an intent (咋撤, 带啥) count as a question. With focus
 * 'next', the later questions weigh fully and the first one less: the ranking for a second answer.
 */
export const clausesOf = (
  normalized: string,
  asksSomething: (clause: string) => boolean,
  focus: Focus = 'first',
): Clause[] => {
  const parts = split(normalized)
  const firstQuestion = parts.findIndex((part) => ASKS.test(part) || asksSomething(part))
  return parts.map((text, at) => {
    const later = firstQuestion >= 0 && at > firstQuestion
    const context = firstQuestion >= 0 && at < firstQuestion
    const focused = focus === 'first' ? !later : later
    return { text, later, focused, weight: focused || context ? 1 : OUT_OF_FOCUS_WEIGHT }
  })
}
