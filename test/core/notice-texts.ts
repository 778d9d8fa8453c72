// The texts of the notices the product cites, as published (docs/notices/), and the words of one clause in them.
// 医保发〔2022〕22号 is not among them: the product holds no copy of it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DocumentKey } from '@shared/policy/sources'

const FOLDER = join(__dirname, '../../docs/notices')

export const HELD_TEXTS = [
  'jilin-2018',
  'jining-2023',
  'ganzhou-2019',
  'guangdong-2015',
  'hrss-2014',
  'hubei-2022',
] as const satisfies readonly DocumentKey[]

/** Layout aside (spaces, line breaks, Markdown marks, full- or half-width punctuation), the same words compare equal. */
export const normalize = (text: string) =>
  text
    .replace(/[\s#*]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/，/g, ',')
    .replace(/；/g, ';')
    .replace(/：/g, ':')
    .replace(/。/g, '.')

/** A line as published, without Markdown marks and the layout's spaces. */
const displayed = (line: string) => line.replace(/^[\s#*-]+/, '').trim()

const rawLines = (key: string) =>
  readFileSync(join(FOLDER, `${key}.txt`), 'utf8')
    .split('\n')
    .filter((line) => normalize(line).replace(/^-/, ''))

const lines = (key: string) => rawLines(key).map((line) => normalize(line).replace(/^-/, ''))

const NUMERAL = '[一二三四五六七八九十]+'
const isSection = (line: string) => new RegExp(`^${NUMERAL}、`).test(line) || line.startsWith('附件')
const isItem = (line: string) => new RegExp(`^\\(${NUMERAL}\\)`).test(line)

/** The positions of the lines from a heading to the next heading of its level (or to the end of `within`). */
const slice = (
  all: string[],
  within: number[],
  starts: (line: string) => boolean,
  ends: (line: string) => boolean,
): number[] => {
  const from = within.findIndex((at) => starts(all[at]))
  if (from < 0) return []
  const to = within.findIndex((at, index) => index > from && ends(all[at]))
  return within.slice(from, to < 0 ? undefined : to)
}

/** One part of a clause label: 四, 四(一), 附件1; the lines' positions in `all`. */
const part = (all: string[], label: string): number[] => {
  const everything = all.map((_, at) => at)
  if (label.startsWith('附件'))
    return slice(
      all,
      everything,
      (line) => line === label,
      (line) => line.startsWith('附件'),
    )
  const [, section, item] = label.match(new RegExp(`^(${NUMERAL})(?:\\((${NUMERAL})\\))?$`)) ?? []
  if (!section) throw new Error(`not a clause label: ${label}`)
  const words = slice(all, everything, (line) => line.startsWith(`${section}、`), isSection)
  if (!item) return words
  return slice(
    all,
    words,
    (line) => line.startsWith(`(${item})`),
    (line) => isItem(line) || isSection(line),
  )
}

/** The words of a clause (四(一); several parts joined: 一(二)、附件1), normalized; empty when the text has no such clause. */
export const clauseWords = (key: (typeof HELD_TEXTS)[number], clause: string): string => {
  const all = lines(key)
  return clause
    .split('、')
    .map((label) =>
      part(all, normalize(label))
        .map((at) => all[at])
        .join(''),
    )
    .join('\n')
}

/**
 * The clause as published, for a person to read: its lines with their own punctuation, a line the page
 * layout broke joined again, a new paragraph at each heading and item. Empty when the text has no such clause.
 */
export const clauseText = (key: (typeof HELD_TEXTS)[number], clause: string): string => {
  const all = lines(key)
  const raw = rawLines(key)
  return clause
    .split('、')
    .map((label) =>
      part(all, normalize(label))
        .map((at) => {
          const breaks = isSection(all[at]) || isItem(all[at]) || isSection(all[at - 1] ?? '')
          return (breaks ? '\n' : '') + displayed(raw[at])
        })
        .join('')
        .trim(),
    )
    .join('\n')
}
