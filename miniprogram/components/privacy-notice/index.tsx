import { PERSONAL_DATA, PRIVACY_CONTACT, RETENTION } from '@shared/policy/privacy'
import { Text, View } from '@tarojs/components'
import { type PropsWithChildren, useState } from 'react'
import { go } from '../../services/navigate'
import { acknowledgePrivacy, privacyAcknowledged } from '../../services/privacy-consent'
import Tap from '../tap'
import './index.scss'

/**
 * 个人信息处理告知 before the first field: what is collected, why, and for how long (个人信息保护法 第十七条), read
 * and accepted once per notice version. The form (`children`) appears only after that.
 */
export default function PrivacyNotice({ children, skip = false }: PropsWithChildren<{ skip?: boolean }>) {
  const [acknowledged, setAcknowledged] = useState(privacyAcknowledged)
  if (acknowledged || skip) return <>{children}</>
  const collected = PERSONAL_DATA.filter((kind) => kind.id !== 'openid')
  return (
    <View className="privacy-notice" ariaRole="region" ariaLabel="个人信息处理告知">
      <Text className="privacy-notice__title">办理前请阅读：我们如何处理您的信息</Text>
      <Text className="privacy-notice__text">{PRIVACY_CONTACT.legalBasis}</Text>
      {collected.map((kind) => (
        <View key={kind.id} className="privacy-notice__item">
          <Text className="privacy-notice__data">{kind.data}</Text>
          <Text className="privacy-notice__text">
            用于{kind.purpose}。保存：{RETENTION[kind.retention].period}
            {RETENTION[kind.retention].illustrative ? '（示例期限，以经办机构公布为准）' : ''}。
          </Text>
        </View>
      ))}
      <Text className="privacy-notice__text">{PRIVACY_CONTACT.rights}</Text>
      <Tap kind="plain" onTap={() => go('privacy')}>
        查看完整的隐私说明
      </Tap>
      <Tap
        onTap={() => {
          acknowledgePrivacy()
          setAcknowledged(true)
        }}
      >
        我已阅读并同意
      </Tap>
    </View>
  )
}
