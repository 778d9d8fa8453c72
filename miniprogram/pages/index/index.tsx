import { DISCLAIMER, HOTLINE } from '@shared/contact'
import { profileFor } from '@shared/policy/profiles'
import { FILING_TYPE_LABELS } from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import type { Route } from '@shared/routes'
import type { OwnFilingSummary } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import CheckRow from '../../components/check-row'
import RegionField from '../../components/region-field'
import Tap from '../../components/tap'
import { call } from '../../services/api'
import { fontScaleStyle } from '../../services/font-scale'
import { go } from '../../services/navigate'
import { preferences, savePreferences } from '../../services/preferences'
import { reveal } from '../../services/reveal'
import './index.scss'

/** 承诺补充 still owed on an active filing: its deadline is shown on home, not only in 消息. */
const owesMaterials = (filing: OwnFilingSummary) =>
  filing.supplementDeadline !== null &&
  filing.outstandingMaterials.length > 0 &&
  (filing.status === 'effective' || filing.status === 'pending_supplement')

interface HomeEntry {
  title: string
  hint: string
  route: Route
}

const ENTRIES: readonly HomeEntry[] = [
  { title: '异地就医备案', hint: '去外地看病前，先在手机上备案', route: 'filing' },
  { title: '我的备案', hint: '查进度、补材料、变更或撤销', route: 'filings' },
  { title: '政策问答', hint: '输入几个字，查政策原文', route: 'faq' },
  { title: '手工报销', hint: '没能直接结算的费用，在线申请', route: 'claims' },
]

/** Home: the four services, the remembered 参保地, 大字模式, messages and (for staff) the review pages. */
export default function Home() {
  const [prefs, setPrefs] = useState(preferences)
  const [scale, setScale] = useState(fontScaleStyle)
  const [changingRegion, setChangingRegion] = useState(false)
  const [unread, setUnread] = useState(0)
  const [staff, setStaff] = useState(false)
  const [owing, setOwing] = useState<OwnFilingSummary[]>([])

  useDidShow(() => {
    setPrefs(preferences())
    setScale(fontScaleStyle())
    void call('account.whoami', {}).then((reply) => reply.ok && setStaff(reply.data.staff))
    void call('account.notifications', {}).then((reply) => reply.ok && setUnread(reply.data.unread))
    void call('filing.list', {}).then((reply) => reply.ok && setOwing(reply.data.items.filter(owesMaterials)))
  })

  const remember = (change: Parameters<typeof savePreferences>[0]) => {
    const next = savePreferences(change)
    setPrefs(next)
    setScale(fontScaleStyle(next))
  }
  const region = prefs.insuredRegion ? regionLabel(prefs.insuredRegion) : undefined

  return (
    <View className="home" style={scale}>
      <View className="home__header">
        <Text className="home__title">异地就医</Text>
        <Text className="home__subtitle">备案、问政策、报销，在手机上办</Text>
      </View>
      <View className="home__region">
        {region && !changingRegion ? (
          <View className="home__region-line" id="home-region-line">
            <Text className="home__region-text">
              参保地：{region}（按{profileFor(prefs.insuredRegion ?? '').name}规定办理）
            </Text>
            <Tap kind="plain" label="更改参保地" onTap={() => setChangingRegion(true)}>
              更改
            </Tap>
          </View>
        ) : (
          <RegionField
            label="参保地"
            name="home.insuredRegion"
            hint="先选一次参保地（在哪个城市参加的医保），以后自动按当地规定办理"
            value={undefined}
            onChange={(insuredRegion) => {
              if (!insuredRegion) return
              remember({ insuredRegion })
              setChangingRegion(false)
              reveal('home-region-line', 'nearest')
            }}
          />
        )}
      </View>
      {owing.map((filing) => (
        <Tap
          key={filing.filingId}
          kind="secondary"
          className="home-due"
          label={`待补充材料：请在 ${filing.supplementDeadline} 前上传`}
          onTap={() => go('filingDetail', { id: filing.filingId })}
        >
          <Text className="home-due__title">请在 {filing.supplementDeadline} 前补充材料</Text>
          <Text className="home-due__text">
            {FILING_TYPE_LABELS[filing.filingType]}，备案到{filing.target.name}：
            {filing.outstandingMaterials.map((material) => material.label).join('、')}
          </Text>
        </Tap>
      ))}
      <View className="home__entries">
        {ENTRIES.map((entry) => (
          <Tap
            key={entry.title}
            kind="secondary"
            className="home-entry"
            label={entry.title}
            onTap={() => go(entry.route)}
          >
            <Text className="home-entry__title">{entry.title}</Text>
            <Text className="home-entry__hint">{entry.hint}</Text>
          </Tap>
        ))}
        <Tap
          kind="secondary"
          className="home-entry home-entry--small"
          label={unread > 0 ? `消息，${unread} 条未读` : '消息'}
          onTap={() => go('messages')}
        >
          <Text className="home-entry__title">
            消息{unread > 0 && <Text className="home__badge">{unread} 条未读</Text>}
          </Text>
          <Text className="home-entry__hint">审核结果、补材料提醒</Text>
        </Tap>
        <Tap
          kind="secondary"
          className="home-entry home-entry--small"
          label="查定点医院"
          onTap={() => go('hospitals')}
        >
          <Text className="home-entry__title">查定点医院</Text>
          <Text className="home-entry__hint">看病前查医院能否直接结算</Text>
        </Tap>
        {prefs.insuredRegion && profileFor(prefs.insuredRegion).traumaCommitment && (
          <Tap
            kind="secondary"
            className="home-entry home-entry--small"
            label="外伤无第三方责任承诺书"
            onTap={() => go('traumaCommitment')}
          >
            <Text className="home-entry__title">外伤承诺书</Text>
            <Text className="home-entry__hint">外伤且无第三方责任：在手机上填写签名，就诊时出示</Text>
          </Tap>
        )}
        {staff && (
          <Tap
            kind="secondary"
            className="home-entry home-entry--small"
            label="经办审核"
            onTap={() => go('staffQueue')}
          >
            <Text className="home-entry__title">经办审核</Text>
            <Text className="home-entry__hint">仅限医保经办人员</Text>
          </Tap>
        )}
      </View>
      <CheckRow
        label="大字模式"
        checked={Boolean(prefs.largeText)}
        onChange={(largeText) => remember({ largeText })}
      />
      <Tap kind="plain" onTap={() => go('verify')}>
        实名认证：为本人办理前核验身份
      </Tap>
      <Tap kind="plain" onTap={() => go('family')}>
        家庭成员：让家人代办，或代家人办理
      </Tap>
      <Tap kind="plain" onTap={() => go('privacy')}>
        隐私说明
      </Tap>
      <Tap kind="plain" onTap={() => go('myData')}>
        我的数据：查看和删除
      </Tap>
      {process.env.TARO_ENV === 'h5' && (
        <Tap kind="plain" onTap={() => go('signIn')}>
          开发登录：切换测试身份
        </Tap>
      )}
      <Text className="home__footer">
        {DISCLAIMER} · <Text className="home__hotline">咨询电话 {HOTLINE}</Text>
      </Text>
    </View>
  )
}
