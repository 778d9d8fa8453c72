import { HOTLINE } from '@shared/contact'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

const LABEL = `拨打医保服务热线 ${HOTLINE}`

/** A large button that dials the 12393 hotline: the phone's dialer in WeChat, a tel: link on the web. */
export default function Hotline() {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className="hotline" href={`tel:${HOTLINE}`}>
        {LABEL}
      </a>
    )
  }
  return (
    <View
      className="hotline"
      hoverClass="hotline--pressed"
      ariaRole="button"
      ariaLabel={LABEL}
      onClick={() => Taro.makePhoneCall({ phoneNumber: HOTLINE }).catch(() => undefined)}
    >
      <Text>{LABEL}</Text>
    </View>
  )
}
