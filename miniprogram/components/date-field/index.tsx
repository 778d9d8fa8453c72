import { Picker, Text, View } from '@tarojs/components'
import Tap from '../tap'
import './index.scss'

interface Props {
  label: string
  name: string
  /** YYYY-MM-DD */
  value?: string
  onChange: (value: string) => void
  min?: string
  max?: string
  hint?: string
  error?: string
  /** Common answers one tap away (今天, 明天 …). */
  quick?: { label: string; value: string }[]
}

/**
 * A date within [min, max]. On the web the browser's own date input (typed or picked, readable by screen
 * readers); in the mini-program WeChat's date picker, bounded the same way.
 */
export default function DateField(props: Props) {
  const id = `field-${props.name.replace(/[^A-Za-z0-9]/g, '-')}`
  return (
    <View className="date-field">
      <Text className="date-field__label">{props.label}</Text>
      {props.hint && <Text className="date-field__hint">{props.hint}</Text>}
      {props.quick && props.quick.length > 0 && (
        <View className="date-field__quick">
          {props.quick.map((choice) => (
            <Tap
              key={choice.label}
              kind="secondary"
              pressed={props.value === choice.value}
              className="date-field__quick-choice"
              label={`${choice.label}（${choice.value}）`}
              onTap={() => props.onChange(choice.value)}
            >
              {choice.label}
            </Tap>
          ))}
        </View>
      )}
      {process.env.TARO_ENV === 'h5' ? (
        <input
          id={id}
          className={props.error ? 'date-field__input date-field__input--error' : 'date-field__input'}
          type="date"
          aria-label={props.label}
          aria-invalid={props.error ? 'true' : undefined}
          value={props.value ?? ''}
          min={props.min}
          max={props.max}
          onChange={(event) => event.currentTarget.value && props.onChange(event.currentTarget.value)}
        />
      ) : (
        <Picker
          mode="date"
          value={props.value ?? props.max ?? ''}
          start={props.min}
          end={props.max}
          onChange={(event) => props.onChange(String(event.detail.value))}
        >
          <View
            className="date-field__input"
            ariaRole="button"
            ariaLabel={`${props.label}：${props.value ?? '未选择'}`}
          >
            <Text>{props.value ?? '点此选择日期'}</Text>
          </View>
        </Picker>
      )}
      {props.error && <Text className="date-field__error">{props.error}</Text>}
    </View>
  )
}
