import { HOSPITAL_LEVEL_LABELS, HOSPITAL_LEVELS, type HospitalLevel } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import ChoiceGroup from '../../../components/choice-group'
import PageState from '../../../components/page-state'
import RegionField from '../../../components/region-field'
import Tap from '../../../components/tap'
import TextField from '../../../components/text-field'
import { useCall } from '../../../hooks/use-call'
import { useFontScale } from '../../../hooks/use-font-scale'
import { pageQuery } from '../../../services/navigate'
import HospitalCard from '../hospital-card'
import './index.scss'

type LevelChoice = 'any' | `${HospitalLevel}`
const LEVEL_CHOICES = [
  { value: 'any' as const, title: '不限' },
  ...HOSPITAL_LEVELS.map((level) => ({
    value: String(level) as `${HospitalLevel}`,
    title: HOSPITAL_LEVEL_LABELS[level],
  })),
]

/**
 * 查定点医院: the designated-hospital directory by city, name (or pinyin initials) and level, each with whether
 * the list says it settles directly, and the list's source and date. `?region=` starts at a filing's place.
 */
export default function Hospitals() {
  const scale = useFontScale()
  const [region, setRegion] = useState<string | undefined>(() => pageQuery().region)
  const [q, setQ] = useState('')
  const [level, setLevel] = useState<LevelChoice>('any')
  const { state, run } = useCall('claim.hospitals')
  const search = (place = region) =>
    void run({
      ...(place ? { region: place } : {}),
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(level !== 'any' ? { level: Number(level) as HospitalLevel } : {}),
    })
  useDidShow(() => state.status === 'idle' && search())

  return (
    <View className="record" style={scale}>
      <View className="record-section">
        <Text className="record-section__hint">
          看病前查一查：医院是不是定点医院、能不能直接结算。能直接结算的前提是已办理异地就医备案。
        </Text>
        <RegionField
          label="医院所在城市"
          name="hospitals.region"
          value={region}
          onChange={(place) => {
            setRegion(place)
            search(place)
          }}
        />
        <TextField
          label="医院名称"
          name="hospitals.q"
          value={q}
          onChange={setQ}
          maxlength={30}
          placeholder="如：人民医院，或拼音首字母 rmyy"
        />
        <ChoiceGroup
          label="医院级别"
          name="hospitals.level"
          value={level}
          choices={LEVEL_CHOICES}
          onChange={setLevel}
        />
        <Tap kind="primary" onTap={() => search()} busy={state.status === 'loading'}>
          查询
        </Tap>
      </View>
      {state.status === 'loading' && <PageState kind="loading" text="正在查询…" />}
      {state.status === 'error' && (
        <PageState kind="error" text={state.error.message} onRetry={() => search()} />
      )}
      {state.status === 'done' && state.data.sample && (
        <Text className="hospitals__sample">
          经办机构尚未导入定点医院名单，现在显示的是随本服务附带的赣州市名单（赣市医保字〔2019〕21号 附件2）。
        </Text>
      )}
      {state.status === 'done' && state.data.items.length === 0 && (
        <PageState
          kind="empty"
          text="没有找到符合条件的定点医院。可换个城市、少输几个字，或向当地医保经办机构咨询。"
        />
      )}
      {state.status === 'done' && state.data.items.length > 0 && (
        <View ariaRole="list" ariaLabel="查询结果">
          <Text className="record-section__hint">找到 {state.data.items.length} 家</Text>
          {state.data.items.map((row) => (
            <HospitalCard key={row.code} row={row} />
          ))}
        </View>
      )}
    </View>
  )
}
