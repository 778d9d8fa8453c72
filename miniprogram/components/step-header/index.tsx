import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  /** 1-based. */
  step: number
  total: number
  title: string
}

/** 第 3 步，共 8 步: where the person is, in words and as a bar. */
export default function StepHeader({ step, total, title }: Props) {
  return (
    <View className="step-header">
      <Text className="step-header__count">
        第 {step} 步，共 {total} 步
      </Text>
      <View className="step-header__bar" ariaRole="presentation">
        <View className="step-header__done" style={{ width: `${Math.round((step / total) * 100)}%` }} />
      </View>
      {process.env.TARO_ENV === 'h5' ? (
        <h1 className="step-header__title">{title}</h1>
      ) : (
        <Text className="step-header__title">{title}</Text>
      )}
    </View>
  )
}
