import {
  answerFaq,
  FAQ_HOTLINE_ADVICE,
  type FaqHit,
  faqSuggestions,
  hotQuestions,
  warmFaq,
} from '@shared/faq'
import { regionLabel } from '@shared/regions/regions'
import { Input, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import FaqAnswer from '../../../components/faq-answer'
import Hotline from '../../../components/hotline'
import Tap from '../../../components/tap'
import { call } from '../../../services/api'
import { faqAdditions, onFaqAdditions } from '../../../services/faq-additions'
import { fontScaleStyle } from '../../../services/font-scale'
import { preferences } from '../../../services/preferences'
import AskAgency from './ask-agency'
import './index.scss'

/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
const DEBOUNCE_MS = 150
const RESULT_LIMIT = 5
/** Below the calibrated confidence the closest few are offered, not presented as the answer. */
const RELATED_LIMIT = 3
/**
 * A search left without a certain answer this long is reported (staff count them by week): long enough that
 * the words half-typed on the way are not.
 */
const MISS_SETTLED_MS = 2000
/** After the page's first frame went out: the search's tables are built while the person reads it. */
const WARM_UP_AFTER_MS = 200
/** Reported once per wording while the app runs. */
const reportedMisses = new Set<string>()

/** The web component's own <input> carries the name (a placeholder is not a label). */
const SEARCH_BOX_NAME = { 'aria-label': '输入您的问题' }

/** Search runs on the phone against the bundled corpus: it answers offline too. */
export default function Faq() {
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  const [openHotId, setOpenHotId] = useState<string>()
  const scaleStyle = useMemo(fontScaleStyle, [])
  // Answers follow the remembered insured region: its profile's variant where the notices differ.
  const insuredRegion = useMemo(() => preferences().insuredRegion, [])
  const hot = useMemo(() => hotQuestions(6, insuredRegion), [insuredRegion])
  // What staff added since this release, once the app fetched it; the shipped corpus alone until then.
  const [additions, setAdditions] = useState(faqAdditions)
  useEffect(() => {
    // They may have arrived between the first render and this subscription.
    setAdditions(faqAdditions())
    return onFaqAdditions(setAdditions)
  }, [])
  useEffect(() => {
    // On a slow phone the first search takes several times the next one: it builds its tables here instead.
    const timer = setTimeout(() => warmFaq(additions), WARM_UP_AFTER_MS)
    return () => clearTimeout(timer)
  }, [additions])
  const { confident, hits } = useMemo(
    () =>
      query
        ? answerFaq(query, { limit: RESULT_LIMIT, insuredRegion, additions })
        : { confident: false, hits: [] },
    [query, insuredRegion, additions],
  )

  useEffect(() => {
    if (!query || confident || reportedMisses.has(query)) return
    const timer = setTimeout(() => {
      reportedMisses.add(query)
      // Fire and forget: a lost count costs nothing the person would notice.
      void call('faq.missed', { q: query })
    }, MISS_SETTLED_MS)
    return () => clearTimeout(timer)
  }, [query, confident])

  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [typed])

  const ask = (text: string) => {
    setTyped(text)
    setQuery(text.trim())
  }

  return (
    <View className="faq" style={scaleStyle}>
      <View className="faq__search">
        <View className="faq__field">
          <Input
            className="faq__input"
            nativeProps={SEARCH_BOX_NAME}
            // The mini-program's 读屏 reads this one (the web's is the inner input's, above).
            ariaLabel={process.env.TARO_ENV === 'h5' ? undefined : SEARCH_BOX_NAME['aria-label']}
            type="text"
            confirmType="search"
            placeholder="输入几个字，如：急诊没备案"
            placeholderClass="faq__placeholder"
            maxlength={50}
            value={typed}
            onInput={(event) => setTyped(event.detail.value)}
            onConfirm={(event) => ask(event.detail.value)}
          />
        </View>
        {typed && (
          <Tap
            kind="bare"
            className="faq__clear"
            pressedClass="faq__clear--pressed"
            label="清除输入"
            onTap={() => ask('')}
          >
            清除
          </Tap>
        )}
      </View>

      {insuredRegion && (
        <Text className="faq__region">按参保地 {regionLabel(insuredRegion) ?? insuredRegion} 的规定回答</Text>
      )}
      {!query && <HotQuestions hot={hot} openId={openHotId} onToggle={setOpenHotId} />}
      {query && confident && <Results key={query} hits={hits} q={query} />}
      {query && !confident && hits.length > 0 && (
        <NoCertainAnswer hits={hits.slice(0, RELATED_LIMIT)} q={query} />
      )}
      {query && hits.length === 0 && <NoMatch q={query} onAsk={ask} />}
    </View>
  )
}

function HotQuestions(props: {
  hot: FaqHit[]
  openId?: string
  onToggle: (id?: string) => void
  heading?: boolean
}) {
  return (
    <View className="faq__section">
      {props.heading !== false && <Text className="faq__heading">热门问题</Text>}
      {props.hot.map((hit) => {
        const open = hit.id === props.openId
        return (
          <View key={hit.id} className={open ? 'faq-hot faq-hot--open' : 'faq-hot'}>
            <Tap
              kind="bare"
              className="faq-hot__question"
              pressedClass="faq-hot__question--pressed"
              label={`${hit.question}，${open ? '收起' : '查看'}`}
              onTap={() => props.onToggle(open ? undefined : hit.id)}
            >
              <Text className="faq-hot__text">{hit.question}</Text>
              <Text className="faq-hot__sign">{open ? '收起' : '查看'}</Text>
            </Tap>
            {open && (
              <View className="faq-hot__answer">
                <FaqAnswer hit={hit} />
              </View>
            )}
          </View>
        )
      })}
    </View>
  )
}

/**
 * The answer first, the other hits right after it: on a slow phone rendering all of them took several times the
 * search, and the person reads the first one. A new query mounts a new list (keyed by it), so it starts again.
 */
function Results(props: { hits: FaqHit[]; q: string }) {
  const [shown, setShown] = useState(1)
  useEffect(() => {
    const timer = setTimeout(() => setShown(props.hits.length), 0)
    return () => clearTimeout(timer)
  }, [props.hits])
  return (
    <View className="faq__section">
      <Text className="faq__heading">找到 {props.hits.length} 条相关回答</Text>
      {props.hits.slice(0, shown).map((hit) => (
        <View key={hit.id} className="faq-card">
          <Text className="faq-card__question">{hit.question}</Text>
          <FaqAnswer hit={hit} q={props.q} />
        </View>
      ))}
    </View>
  )
}

/** Something is near, but not surely the answer: said plainly, with the closest ones, the hotline and the agency. */
function NoCertainAnswer(props: { hits: FaqHit[]; q: string }) {
  const [openId, setOpenId] = useState<string>()
  return (
    <View className="faq__section faq-empty">
      <Text className="faq-empty__title">没有找到确定的答案</Text>
      <Text className="faq-empty__advice">下面的问题可能相关，请点开看看是否是您要问的：</Text>
      <Text className="faq__heading">可能相关</Text>
      <HotQuestions hot={props.hits} openId={openId} onToggle={setOpenId} heading={false} />
      <Text className="faq-empty__advice">{FAQ_HOTLINE_ADVICE}</Text>
      <Hotline />
      <AskAgency q={props.q} />
    </View>
  )
}

function NoMatch(props: { q: string; onAsk: (text: string) => void }) {
  const questions = faqSuggestions(props.q).filter((text) => text !== FAQ_HOTLINE_ADVICE)
  return (
    <View className="faq__section faq-empty">
      <Text className="faq-empty__title">没有找到“{props.q}”的答案</Text>
      <Text className="faq-empty__advice">
        换几个字再试，比如说清是门诊、住院还是急诊。也可以看看这些问题：
      </Text>
      {questions.map((question) => (
        <Tap
          key={question}
          kind="bare"
          className="faq-empty__suggestion"
          pressedClass="faq-empty__suggestion--pressed"
          onTap={() => props.onAsk(question)}
        >
          {question}
        </Tap>
      ))}
      <Text className="faq-empty__advice">{FAQ_HOTLINE_ADVICE}</Text>
      <Hotline />
      <AskAgency q={props.q} />
    </View>
  )
}
