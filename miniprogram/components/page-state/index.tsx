import { Text, View } from '@tarojs/components'
import Tap from '../tap'
import './index.scss'

type Props =
  | { kind: 'loading'; text?: string }
  | { kind: 'empty'; text: string; action?: { label: string; onTap: () => void } }
  | { kind: 'error'; text: string; onRetry: () => void }

/** What a page shows instead of its content: loading, nothing yet, or a failure with a retry. */
export default function PageState(props: Props) {
  return (
    <View
      className={`page-state page-state--${props.kind}`}
      ariaRole={props.kind === 'error' ? 'alert' : 'status'}
    >
      <Text className="page-state__text">
        {props.kind === 'loading' ? (props.text ?? '正在加载…') : props.text}
      </Text>
      {props.kind === 'error' && (
        <Tap kind="primary" onTap={props.onRetry}>
          重试
        </Tap>
      )}
      {props.kind === 'empty' && props.action && (
        <Tap kind="primary" onTap={props.action.onTap}>
          {props.action.label}
        </Tap>
      )}
    </View>
  )
}
