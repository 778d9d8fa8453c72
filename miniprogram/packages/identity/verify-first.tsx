import { Text, View } from '@tarojs/components'
import Tap from '../../components/tap'
import { go } from '../../services/navigate'

/** Inviting a family member and accepting an invitation both need the account's own verified identity. */
export default function VerifyFirst({ purpose }: { purpose: string }) {
  return (
    <View className="family-section">
      <Text className="family__text">
        {purpose}前，请先完成实名认证：核验您本人的身份，防止他人冒用。认证后回到这里继续。
      </Text>
      <Tap onTap={() => go('verify')}>去实名认证</Tap>
    </View>
  )
}
