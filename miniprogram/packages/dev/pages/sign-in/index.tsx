import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { goHome } from '../../../../services/navigate'
import { getOpenid, OPENID_SHAPE, recentOpenids, setOpenid } from '../../../../services/session'
import './index.scss'

/**
 * Development sign-in for the H5 app on the local runtime: choose or type a test identity (the X-Openid
 * header), so one browser can act as two people. The runtime refuses the header in production.
 */
export default function DevSignIn() {
  const scale = useFontScale()
  const [current, setCurrent] = useState(() => (process.env.TARO_ENV === 'h5' ? getOpenid() : ''))
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string>()
  const recent = process.env.TARO_ENV === 'h5' ? recentOpenids() : []

  if (process.env.TARO_ENV !== 'h5')
    return (
      <View className="sign-in" style={scale}>
        <Text className="sign-in__text">小程序内以您的微信身份办理，无需登录。</Text>
      </View>
    )

  const use = (openid: string) => {
    if (!OPENID_SHAPE.test(openid)) return setError('测试身份只能包含字母、数字、- 和 _，最多 64 个字符')
    setOpenid(openid)
    setCurrent(openid)
    setError(undefined)
    goHome()
  }
  return (
    <View className="sign-in" style={scale}>
      <Text className="sign-in__text">当前身份：{current}</Text>
      <Text className="sign-in__note">仅用于本机开发测试：生产环境不接受这种身份。</Text>
      <TextField
        label="测试身份"
        name="dev.openid"
        value={typed}
        onChange={setTyped}
        maxlength={64}
        placeholder="如：alice、staff-1"
        error={error}
      />
      <Tap onTap={() => use(typed.trim())}>以此身份使用</Tap>
      {recent.length > 0 && <Text className="sign-in__heading">最近用过</Text>}
      {recent.map((openid) => (
        <Tap key={openid} kind="secondary" className="sign-in__recent" onTap={() => use(openid)}>
          {openid}
        </Tap>
      ))}
    </View>
  )
}
