import { HOTLINE } from '@shared/contact'
import { FILING_TYPE_LABELS, INSURANCE_TYPE_LABELS } from '@shared/policy/vocabulary'
import { validityPeriod } from '@shared/rules/filing-terms'
import { todayInShanghai } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import CallStateView from '../../../components/page-state/call-state'
import FilingStatusChip from '../../../components/status-chip/filing-status'
import Tap from '../../../components/tap'
import { useFontScale } from '../../../hooks/use-font-scale'
import { useShown } from '../../../hooks/use-shown'
import { pageQuery, replace } from '../../../services/navigate'
import './index.scss'

/** What the certificate says about the filing's standing, in the words a hospital clerk reads. */
const STANDING = {
  effective: '备案有效，可在备案地联网定点医疗机构直接结算',
  unregistered: '备案有效；正在登记到医保信息平台，登记完成后可直接结算',
  pending_supplement: '备案已提交，待补充材料；补齐材料、备案生效后方可直接结算',
  expired: '备案已过期，不能作为就医凭证，请重新办理备案',
  cancelled: '备案已撤销，不能作为就医凭证',
} as const

/** yyyy-MM-dd in Beijing time. */
const beijingDate = (iso: string) => todayInShanghai(new Date(iso))

/**
 * 备案凭证: one screen a person shows at the hospital's 医保窗口 — the filing number, who, where, how long,
 * and whether it holds today — in large type, nothing to tap.
 */
export default function FilingCertificate() {
  const scale = useFontScale()
  const { state, load } = useShown('filing.get', { filingId: pageQuery().id ?? '' })
  if (state.status !== 'done')
    return (
      <View className="certificate-page" style={scale}>
        <CallStateView state={state} onRetry={load} />
      </View>
    )
  const filing = state.data
  const rows: [string, string][] = [
    ['参保人', `${filing.insured.name}（${filing.insured.idNumberMasked}）`],
    ['参保地', `${filing.insuredRegion.name}，${INSURANCE_TYPE_LABELS[filing.insuranceType]}`],
    ['备案类型', FILING_TYPE_LABELS[filing.filingType]],
    ['就医地', `${filing.target.name}（${filing.target.level === 'province' ? '省级' : '市级'}）`],
    ['有效期', validityPeriod(filing)],
    ['备案日期', beijingDate(filing.createdAt)],
    ['医保信息平台登记号', filing.registration.number ?? '登记中'],
  ]
  return (
    <View className="certificate-page" style={scale}>
      <View className="certificate" ariaRole="region" ariaLabel="异地就医备案凭证">
        <View className="certificate__head">
          <Text className="certificate__title">异地就医备案凭证</Text>
          <FilingStatusChip status={filing.status} />
        </View>
        <Text className="certificate__label">备案编号</Text>
        <Text className="certificate__number" selectable>
          {filing.filingId}
        </Text>
        <Text
          className={
            filing.status === 'effective'
              ? 'certificate__standing'
              : 'certificate__standing certificate__standing--not'
          }
        >
          {
            STANDING[
              filing.status === 'effective' && filing.registration.status !== 'registered'
                ? 'unregistered'
                : filing.status
            ]
          }
        </Text>
        {rows.map(([label, value]) => (
          <View key={label} className="certificate__row">
            <Text className="certificate__label">{label}</Text>
            <Text className="certificate__value">{value}</Text>
          </View>
        ))}
      </View>
      <Text className="certificate__note">
        就医时请同时出示医保电子凭证或社会保障卡。以参保地医保经办机构解释为准 · 咨询电话 {HOTLINE}
      </Text>
      <Tap
        kind="secondary"
        className="certificate__back"
        onTap={() => void Taro.navigateBack().catch(() => replace('filingDetail', { id: filing.filingId }))}
      >
        返回备案详情
      </Tap>
    </View>
  )
}
