import { Text, View } from '@tarojs/components'
import HospitalChoices from '../../../../components/hospital-choices'
import Tap from '../../../../components/tap'
import { useCall } from '../../../../hooks/use-call'
import type { SectionProps } from './section-props'

/**
 * Choose the hospital from the designated-hospital directory (its level then feeds the estimate); a hospital
 * not in it is typed as before, and its claim is marked 未核验 for the reviewer.
 */
export default function HospitalPicker({ form, change }: Pick<SectionProps, 'form' | 'change'>) {
  const { state, run, setState } = useCall('claim.hospitals')
  const find = () =>
    void run({
      ...(form.hospitalRegion ? { region: form.hospitalRegion } : {}),
      ...(form.hospitalName.trim() && !form.hospitalCode ? { q: form.hospitalName.trim() } : {}),
    })
  return (
    <View className="record-section__group">
      <Tap kind="secondary" onTap={find} busy={state.status === 'loading'}>
        从定点医院名单中选择
      </Tap>
      <HospitalChoices
        state={state}
        noneFound="名单中没有找到这家医院，可直接填写医院名称。"
        onPick={(row) => {
          change((current) => ({
            hospitalName: row.name,
            hospitalRegion: row.regionCode,
            hospitalLevel: row.level
              ? (String(row.level) as typeof current.hospitalLevel)
              : current.hospitalLevel,
            hospitalCode: row.code,
          }))
          setState({ status: 'idle' })
        }}
      />
      {form.hospitalCode ? (
        <Text className="record-section__hint">已从定点医院名单中选择：{form.hospitalName}</Text>
      ) : (
        form.hospitalName.trim() !== '' && (
          <Text className="record-section__hint">
            未从定点医院名单中选择：可以照常提交，医院将标为“未核验”，由经办机构审核时核对。
          </Text>
        )
      )}
    </View>
  )
}
