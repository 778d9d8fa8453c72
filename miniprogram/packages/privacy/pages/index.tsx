import { PERSONAL_DATA, PRIVACY_CONTACT, RETENTION } from '@shared/policy/privacy'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import SourceLine from '../../../components/source-line'
import Tap from '../../../components/tap'
import { fontScaleStyle } from '../../../services/font-scale'
import { go } from '../../../services/navigate'
import './index.scss'

/** 隐私说明: every kind of personal information the app handles, why, how it is collected and how long it is kept. */
export default function PrivacyPage() {
  const [scale] = useState(fontScaleStyle)
  return (
    <View className="privacy" style={scale}>
      <Text className="privacy__title">隐私说明</Text>
      <Text className="privacy__text">处理者：{PRIVACY_CONTACT.processor}。</Text>
      <Text className="privacy__text">{PRIVACY_CONTACT.legalBasis}</Text>
      <Text className="privacy__text">
        受托处理：{process.env.API_BASE_URL ? PRIVACY_CONTACT.selfHosted : PRIVACY_CONTACT.entrusted}。
      </Text>
      {PERSONAL_DATA.map((kind) => {
        const retention = RETENTION[kind.retention]
        return (
          <View key={kind.id} className="privacy__item">
            <Text className="privacy__data">
              {kind.data}
              {kind.sensitive ? '（敏感个人信息）' : ''}
            </Text>
            <Text className="privacy__text">用途：{kind.purpose}</Text>
            <Text className="privacy__text">方式：{kind.how}</Text>
            <Text className="privacy__text">
              保存：{retention.period}
              {retention.illustrative ? '（示例期限，以经办机构公布为准）' : ''}
            </Text>
            <SourceLine source={retention.source} />
          </View>
        )
      })}
      <View className="privacy__item">
        <Text className="privacy__text">{RETENTION.unattachedUpload.period}。</Text>
        <SourceLine source={RETENTION.unattachedUpload.source} />
      </View>
      <Text className="privacy__text">{PRIVACY_CONTACT.rights}</Text>
      <Tap kind="secondary" onTap={() => void go('myData')}>
        查看我的数据
      </Tap>
      <Text className="privacy__text">本说明版本：{PRIVACY_CONTACT.version}</Text>
    </View>
  )
}
