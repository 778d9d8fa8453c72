import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { askForUpdates } from '../../services/subscribe'
import { SUBSCRIPTION_TEMPLATES } from '../../services/subscription-templates'
import Tap from '../tap'

/**
 * 到期提醒 by WeChat message: each time the person agrees, WeChat allows one message, so the 7-day and the 1-day
 * reminder need one agreement each. Says only what was agreed to; the 消息 list has every reminder anyway.
 */
export default function ReminderConsent() {
  const [granted, setGranted] = useState<number>()
  if (process.env.TARO_ENV !== 'weapp' || !SUBSCRIPTION_TEMPLATES.supplement_deadline) return null
  const ask = () =>
    void askForUpdates(['supplement_deadline']).then((accepted) =>
      setGranted((count = 0) => count + accepted.length),
    )
  return (
    <View className="record-section__text">
      <Tap kind="plain" onTap={ask}>
        到期前用微信提醒我
      </Tap>
      <Text className="record-section__text">
        {granted === undefined
          ? '每同意一次，微信允许发一条提醒；到期提醒也都会出现在“消息”里。'
          : granted > 0
            ? `已同意 ${granted} 次：最多再收到 ${granted} 条微信提醒。再点一次可多要一条。`
            : '未同意微信提醒。到期提醒仍会出现在“消息”里。'}
      </Text>
    </View>
  )
}
