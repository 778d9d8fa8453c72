import type { Hospital } from '@shared/hospitals/hospital.schema'
import { regionLabel } from '@shared/regions/regions'
import { Text, View } from '@tarojs/components'
import HospitalChoices from '../../../components/hospital-choices'
import Tap from '../../../components/tap'
import TextField from '../../../components/text-field'
import { useCall } from '../../../hooks/use-call'

export interface AskedHospital {
  typed: string
  picked?: Pick<Hospital, 'code' | 'name' | 'regionCode'>
}

/**
 * Which hospital: found in the designated-hospital directory (by name or pinyin initials anywhere, or the filing's
 * place when nothing is typed), or typed as it is and answered as 未核验.
 */
export default function CoverageHospital({
  value,
  onChange,
  destination,
}: {
  value: AskedHospital
  onChange: (value: AskedHospital) => void
  destination: { code: string; name: string }
}) {
  const { state, run, setState } = useCall('claim.hospitals')
  const typed = value.typed.trim()
  const find = () => void run(typed ? { q: typed } : { region: destination.code })
  return (
    <View className="record-section__group">
      <TextField
        label="就诊医院"
        name="coverage.hospital"
        value={value.typed}
        onChange={(text) => onChange({ typed: text })}
        maxlength={60}
        placeholder="医院名称或拼音首字母，如 rmyy"
        hint={`不填写直接查找，列出${destination.name}名单中的医院`}
      />
      <Tap kind="secondary" onTap={find} busy={state.status === 'loading'}>
        在定点医院名单中查找
      </Tap>
      <HospitalChoices
        state={state}
        noneFound="名单中没有找到这家医院。可以按填写的名称查询，医院将标为“未核验”。"
        onPick={(row) => {
          onChange({ typed: row.name, picked: row })
          setState({ status: 'idle' })
        }}
      />
      {value.picked ? (
        <Text className="record-section__hint">
          已从定点医院名单中选择：{value.picked.name}（{regionLabel(value.picked.regionCode)}）
        </Text>
      ) : (
        typed !== '' && (
          <Text className="record-section__hint">未从名单中选择：将按“{typed}”查询，医院标为“未核验”。</Text>
        )
      )}
    </View>
  )
}
