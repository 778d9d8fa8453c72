import { askedIntents } from './asked-intents'
import { type Clause, clausesOf, type Focus } from './clauses'
import type { Intent } from './intents'
import type { Lexicon } from './lexicon'
import { normalize } from './normalize'
import { type PhraseTable, phraseLines } from './phrases'
import { pinyinSoundTokens, typedSoundToken } from './pinyin'
import { SYNONYMS } from './synonyms'
import { charsOf, compact, pairsOf, segment } from './tokenize'

/** Single characters of a longer run are weak evidence; a one-character query is all we have. */
const SINGLE_CHAR_WEIGHT = 0.3
/** The corpus term for a word typed: evidence, but less than the word itself. */
const SYNONYM_WEIGHT = 0.6
/** A pair the corpus does not know, matched by how it sounds: a likely slip, weaker than a synonym. */
const SOUND_WEIGHT = 0.5

/** Pairs (or the lone character) and words of a corpus term: what it adds to a query. */
const strongTokens = (term: string): string[] => {
  const { han, words } = segment(normalize(term))
  return [...han.flatMap((run) => (run.length === 1 ? [run] : pairsOf(run))), ...words]
}

/** What a synonym line adds to a query (the pairs and words of its corpus terms), by line, worked out when it fires. */
const expansions = new Map<number, string[]>()
const expansionOf = (line: number): string[] => {
  let tokens = expansions.get(line)
  if (!tokens) {
    tokens = SYNONYMS[line].split(' = ')[0].split(' ').flatMap(strongTokens)
    expansions.set(line, tokens)
  }
  return tokens
}

export interface QueryToken {
  weight: number
  /** Typed by the user and not part of a recognised phrase: what a hit must explain by itself. */
  typed: boolean
}

export interface QueryContext {
  lexicon?: Lexicon
  /** Which tokens the index holds: unknown phrases weigh more, unknown pairs are looked up by sound. */
  inCorpus?: (token: string) => boolean
}

export interface AskedIntent {
  intent: Intent
  /** Asked by the question in focus. */
  focused: boolean
}

export interface ParsedQuery {
  tokens: Map<string, QueryToken>
  /** In the order asked, each once (focused if any asking of it is). */
  intents: AskedIntent[]
  /** Several questions in a row: a second answer is ranked with the focus on the later ones. */
  mixed: boolean
}

type Add = (token: string, weight: number, typed: boolean) => void

let synonymPhrases: PhraseTable<number> | undefined

/** The table's words are written normalized and compact (a test holds them so): each is a trigger as written. */
const synonymMatches = (text: string) => {
  synonymPhrases ??= phraseLines(SYNONYMS)
  return synonymPhrases.find(text)
}

/** One clause's tokens, scaled by the clause's weight; returns the typed tokens it recognised. */
const clauseTokens = (clause: Clause, add: Add, { lexicon, inCorpus }: QueryContext): Set<string> => {
  const scale = clause.weight
  const { han, words } = segment(clause.text)
  const slips: string[] = []
  for (const run of han) {
    for (const pair of pairsOf(run, lexicon)) {
      add(pair, scale, true)
      if (inCorpus && !inCorpus(pair)) slips.push(pair)
    }
    for (const char of charsOf(run)) add(char, scale * (run.length === 1 ? 1 : SINGLE_CHAR_WEIGHT), true)
  }
  for (const word of words) add(word, scale, true)

  const recognised = new Set<string>()
  const fired = new Map<number, number>()
  const text = compact(clause.text)
  for (const match of synonymMatches(text)) {
    const own = strongTokens(match.phrase)
    for (const token of strongTokens(text.slice(match.start, match.end))) recognised.add(token)
    // A phrase no entry uses (单子, 瞧病) is understood only through its line: full weight.
    const weight = inCorpus && !own.some(inCorpus) ? 1 : SYNONYM_WEIGHT
    const typed = match.bySound ? Math.min(weight, SOUND_WEIGHT) : weight
    fired.set(match.value, Math.max(typed, fired.get(match.value) ?? 0))
  }
  for (const [line, weight] of fired) {
    for (const token of expansionOf(line)) add(token, scale * weight, false)
  }

  // A pair the corpus does not know but whose sound it does is a slip: it stands in for the pair.
  for (const pair of slips) {
    const sound = typedSoundToken(pair)
    if (!sound || !inCorpus?.(sound)) continue
    add(sound, scale * SOUND_WEIGHT, true)
    recognised.add(pair)
  }

  // A word the corpus does not know may be Chinese typed in pinyin (beian): its sounds stand in for it.
  for (const word of words) {
    if (!inCorpus || inCorpus(word)) continue
    const sounds = pinyinSoundTokens(word).filter(inCorpus)
    for (const sound of sounds) add(sound, scale * SOUND_WEIGHT, true)
    if (sounds.length > 0) recognised.add(word)
  }
  return recognised
}

/**
 * The query as weighted tokens — what was typed at full weight, synonyms lower unless the typed
 * phrase is unknown to the corpus, sounds of unknown pairs lower still, later questions of a mixed
 * query lower too — and the intents it asks.
 */
export const parseQuery = (q: string, context: QueryContext = {}, focus: Focus = 'first'): ParsedQuery => {
  const tokens = new Map<string, QueryToken>()
  const add: Add = (token, weight, typed) => {
    const known = tokens.get(token)
    if (!known || weight > known.weight) tokens.set(token, { weight, typed: typed || !!known?.typed })
  }
  const clauses = clausesOf(normalize(q), (clause) => askedIntents(compact(clause)).length > 0, focus)
  const recognised = new Set<string>()
  const intents = new Map<Intent, boolean>()
  for (const clause of clauses) {
    for (const token of clauseTokens(clause, add, context)) recognised.add(token)
    for (const intent of askedIntents(compact(clause.text))) {
      intents.set(intent, intents.get(intent) || clause.focused)
      // The words entries use for it are searched like synonyms: 咋撤 finds 取消.
      for (const token of intent.asks.slice(0, 1).flatMap(strongTokens))
        add(token, clause.weight * SYNONYM_WEIGHT, false)
    }
  }
  // A phrase the synonym table knows (手把手, 报账) is understood even if no entry uses its words.
  for (const token of recognised) {
    const known = tokens.get(token)
    if (known?.typed) tokens.set(token, { ...known, typed: false })
  }
  return {
    tokens,
    intents: [...intents].map(([intent, focused]) => ({ intent, focused })),
    mixed: clauses.some((clause) => clause.later),
  }
}
