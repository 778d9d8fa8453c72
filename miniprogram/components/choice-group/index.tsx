import { Text, View } from '@tarojs/components'
import Tap from '../tap'
import './index.scss'

export interface Choice<V extends string> {
  value: V
  title: string
  /** What the choice means for the person, in plain words. */
  hint?: string
}

interface Props<V extends string> {
  label: string
  /** Groups the web page's radio buttons. */
  name: string
  choices: readonly Choice<V>[]
  value?: V
  onChange: (value: V) => void
  error?: string
}

const Body = ({ choice, chosen }: { choice: Choice<string>; chosen: boolean }) => (
  <View className="choice-group__body">
    <View className="choice-group__head">
      <Text className="choice-group__title">{choice.title}</Text>
      {chosen && <Text className="choice-group__chosen">已选</Text>}
    </View>
    {choice.hint && <Text className="choice-group__hint">{choice.hint}</Text>}
  </View>
)

/**
 * One of several, as large cards; the chosen one is marked in words, not only in colour. On the web these
 * are real radio buttons in a fieldset (keyboard and screen readers know them); in the mini-program, taps.
 */
export default function ChoiceGroup<V extends string>(props: Props<V>) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <fieldset className="choice-group">
        <legend className="choice-group__label">{props.label}</legend>
        {props.choices.map((choice) => {
          const chosen = choice.value === props.value
          return (
            <label
              key={choice.value}
              className={
                chosen ? 'choice-group__choice choice-group__choice--chosen' : 'choice-group__choice'
              }
            >
              <input
                className="choice-group__radio"
                type="radio"
                name={props.name}
                value={choice.value}
                checked={chosen}
                aria-label={choice.title}
                onChange={() => props.onChange(choice.value)}
              />
              <Body choice={choice} chosen={chosen} />
            </label>
          )
        })}
        {props.error && <Text className="choice-group__error">{props.error}</Text>}
      </fieldset>
    )
  }
  return (
    <View className="choice-group" ariaRole="radiogroup" ariaLabel={props.label}>
      <Text className="choice-group__label">{props.label}</Text>
      {props.choices.map((choice) => {
        const chosen = choice.value === props.value
        return (
          <Tap
            key={choice.value}
            kind="secondary"
            label={chosen ? `${choice.title}，已选` : choice.title}
            className={chosen ? 'choice-group__choice choice-group__choice--chosen' : 'choice-group__choice'}
            onTap={() => props.onChange(choice.value)}
          >
            <Body choice={choice} chosen={chosen} />
          </Tap>
        )
      })}
      {props.error && <Text className="choice-group__error">{props.error}</Text>}
    </View>
  )
}
