import { Input, Text, Textarea, View } from '@tarojs/components'
import './index.scss'

interface Props {
  /** The visible label, and the field's accessible name. */
  label: string
  /** Stable id (the draft path, e.g. 'insured.idNumber'): ties the error text to the field. */
  name: string
  value: string
  onChange: (value: string) => void
  error?: string
  hint?: string
  /** 'phone': the number keyboard in WeChat, a tel input on the web (a phone number is not a quantity). */
  type?: 'text' | 'idcard' | 'number' | 'digit' | 'phone' | 'account'
  maxlength?: number
  placeholder?: string
  /** Several lines (病情摘要, 撤销原因). */
  multiline?: boolean
}

const domId = (name: string) => `field-${name.replace(/[^A-Za-z0-9]/g, '-')}`

/** A labelled input with its hint and its error under it, in large type. */
export default function TextField(props: Props) {
  const id = domId(props.name)
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  // The web component's own <input> carries the name; the mini-program reads ariaLabel.
  const nativeProps = {
    ...(props.type === 'phone' ? { type: 'tel', inputMode: 'numeric', autoComplete: 'tel' } : {}),
    // A bank account is digits, not a quantity: a number input would round it and offer a spinner.
    ...(props.type === 'account' ? { type: 'text', inputMode: 'numeric', autoComplete: 'off' } : {}),
    id,
    'aria-label': props.label,
    'aria-invalid': props.error ? 'true' : undefined,
    'aria-describedby': described || undefined,
  }
  const common = {
    className: props.error ? 'text-field__input text-field__input--error' : 'text-field__input',
    value: props.value,
    maxlength: props.maxlength ?? 100,
    placeholder: props.placeholder,
    placeholderClass: 'text-field__placeholder',
    // On the web the inner <input> is named above; naming the host element too would name two elements.
    ariaLabel: process.env.TARO_ENV === 'h5' ? undefined : props.label,
    nativeProps,
    onInput: (event: { detail: { value: string } }) => props.onChange(event.detail.value),
  }
  return (
    <View className="text-field">
      <Text className="text-field__label">{props.label}</Text>
      {props.hint && (
        <Text className="text-field__hint" id={`${id}-hint`}>
          {props.hint}
        </Text>
      )}
      {props.multiline ? (
        <Textarea {...common} className={`${common.className} text-field__input--multiline`} />
      ) : (
        <Input
          {...common}
          type={props.type === 'phone' || props.type === 'account' ? 'number' : (props.type ?? 'text')}
        />
      )}
      {props.error && (
        <Text className="text-field__error" id={`${id}-error`}>
          {props.error}
        </Text>
      )}
    </View>
  )
}
