import type { DataOf } from '@shared/contract'
import { hospitalKindWords } from '@shared/hospitals/settlement-words'
import { regionLabel } from '@shared/regions/regions'
import { Text, View } from '@tarojs/components'
import type { CallState } from '../../hooks/use-call'
import ErrorBanner from '../error-banner'
import Tap from '../tap'

type HospitalRow = DataOf<'claim.hospitals'>['items'][number]

/** The directory's answer to a hospital search: one tap per hospital to pick it, or what to do when none matched. */
export default function HospitalChoices({
  state,
  noneFound,
  onPick,
}: {
  state: CallState<DataOf<'claim.hospitals'>>
  noneFound: string
  onPick: (row: HospitalRow) => void
}) {
  if (state.status === 'error') return <ErrorBanner error={state.error} />
  if (state.status !== 'done') return null
  if (state.data.items.length === 0)
    return (
      <View ariaRole="status">
        <Text className="record-section__hint">{noneFound}</Text>
      </View>
    )
  return (
    <>
      {state.data.items.map((row) => (
        <Tap key={row.code} kind="plain" label={`选择 ${row.name}`} onTap={() => onPick(row)}>
          {row.name}（{hospitalKindWords(row)}，{regionLabel(row.regionCode) ?? row.regionCode}）
        </Tap>
      ))}
    </>
  )
}
