import { Text, View } from '@tarojs/components'
import Tap from '../tap'
import './index.scss'

interface Props {
  /** What the person confirms; also the accessible name. */
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  error?: string
}

/** A consent or an option to tick: a large box with the words beside it (a real checkbox on the web). */
export default function CheckRow(props: Props) {
  return (
    <View className="check-row">
      {process.env.TARO_ENV === 'h5' ? (
        <label className={props.checked ? 'check-row__box check-row__box--checked' : 'check-row__box'}>
          <input
            className="check-row__input"
            type="checkbox"
            checked={props.checked}
            aria-label={props.label}
            aria-invalid={props.error ? 'true' : undefined}
            onChange={(event) => props.onChange(event.currentTarget.checked)}
          />
          <Text className="check-row__label">{props.label}</Text>
        </label>
      ) : (
        <Tap
          kind="secondary"
          label={`${props.label}，${props.checked ? '已勾选' : '未勾选'}`}
          className={props.checked ? 'check-row__box check-row__box--checked' : 'check-row__box'}
          onTap={() => props.onChange(!props.checked)}
        >
          <View className="check-row__line">
            <Text className="check-row__mark">{props.checked ? '☑' : '☐'}</Text>
            <Text className="check-row__label">{props.label}</Text>
          </View>
        </Tap>
      )}
      {props.error && <Text className="check-row__error">{props.error}</Text>}
    </View>
  )
}
