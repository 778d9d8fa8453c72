import type { AppError } from '@shared/result'
import { Text, View } from '@tarojs/components'
import SourceLine from '../source-line'
import './index.scss'

/** A refusal in full: the message, and for a rule (POLICY.*) the notice and clause it comes from. */
export default function ErrorBanner({ error }: { error: AppError }) {
  return (
    <View className="error-banner" ariaRole="alert">
      <Text className="error-banner__message">{error.message}</Text>
      {error.source && <SourceLine source={error.source} />}
    </View>
  )
}
