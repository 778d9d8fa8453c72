import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

// The web's <button> reset; webpack drops a require in a branch that is false for the platform being built.
if (process.env.TARO_ENV === 'h5') require('./bare-web.scss')

interface Props {
  /** The visible words; also the accessible name unless `label` says more. */
  children: ReactNode
  label?: string
  onTap: () => void
  /** 'bare': no look of its own, the page's class styles it (the FAQ's question rows, say). */
  kind?: 'primary' | 'secondary' | 'plain' | 'danger' | 'bare'
  disabled?: boolean
  /** Work is under way: the button says so and ignores taps. */
  busy?: boolean
  /** Marks a chosen option among buttons (the chosen quick date, say). */
  pressed?: boolean
  className?: string
  /** The mini-program's pressed look for a bare tap (the page's own --pressed class). */
  pressedClass?: string
}

/**
 * Everything a person taps. On the web it is a real <button>, so it works from the keyboard and a screen
 * reader announces it; in the mini-program a View with an aria role (the simulator and WeChat ignore
 * `disabled`, so the handler guards).
 */
export default function Tap(props: Props) {
  const { kind = 'primary', disabled = false, busy = false } = props
  const className = [
    kind === 'bare' ? 'tap-bare' : 'tap',
    kind === 'bare' ? '' : `tap--${kind}`,
    disabled ? 'tap--disabled' : '',
    props.pressed ? 'tap--pressed-state' : '',
    props.className ?? '',
  ]
    .filter(Boolean)
    .join(' ')
  const tap = () => {
    if (!disabled && !busy) props.onTap()
  }
  if (process.env.TARO_ENV === 'h5') {
    const common = { type: 'button' as const, className, disabled, 'aria-label': props.label, onClick: tap }
    return (
      <button {...common} aria-busy={busy || undefined} aria-pressed={props.pressed}>
        {props.children}
      </button>
    )
  }
  return (
    <View
      className={className}
      hoverClass={disabled ? 'none' : kind === 'bare' ? (props.pressedClass ?? 'none') : 'tap--pressed'}
      ariaRole="button"
      ariaLabel={props.label ?? (typeof props.children === 'string' ? props.children : undefined)}
      onClick={tap}
    >
      {typeof props.children === 'string' ? <Text>{props.children}</Text> : props.children}
    </View>
  )
}
