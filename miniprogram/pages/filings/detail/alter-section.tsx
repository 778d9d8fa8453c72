import { isCrossProvince } from '@shared/rules/cross-province'
import { alterLockOf } from '@shared/rules/filing-changes'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { IsoDate } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import SourceLine from '../../../components/source-line'
import { reveal } from '../../../services/reveal'
import { CancelSection, ChangeSection } from './change-section'

type Props = { filing: FilingView; today: IsoDate; onChanged: (next: FilingView) => void }
type Form = 'change' | 'cancel'

/**
 * 变更就医地 and 撤销备案 together, near the top: the lock (and the day it ends) is said before anything is
 * filled, a locked action cannot be started, and one form opens at a time where the person tapped.
 */
export default function AlterSection({ filing, today, onChanged }: Props) {
  const [open, setOpen] = useState<Form>()
  const active = filing.status === 'effective' || filing.status === 'pending_supplement'
  if (filing.status === 'cancelled') return null
  const crossProvince = isCrossProvince(filing.insuredRegion.code, filing.destination.code)
  const lock = active ? alterLockOf({ ...filing, crossProvince }, today) : undefined
  const locked = lock?.condition === 'always'
  const show = (form: Form) => {
    setOpen(form)
    reveal(`alter-${form}`)
  }
  const done = (next: FilingView) => {
    setOpen(undefined)
    onChanged(next)
  }
  return (
    <View className="record-section" id="alter">
      <Text className="record-section__title">变更或撤销</Text>
      {lock && (
        <View className="alter-lock">
          <Text className="alter-lock__text">
            {lock.condition === 'always'
              ? `备案满 ${lock.months} 个月后，即 ${lock.until} 起，方可变更就医地或撤销备案。如有客观原因，请联系参保地医保经办机构。`
              : `在备案地发生医疗费用后，备案满 ${lock.months} 个月（即 ${lock.until} 起）方可变更或撤销；还没有在备案地发生费用的，现在可以办理。`}
          </Text>
          <SourceLine source={lock.source} />
        </View>
      )}
      <View className="alter-actions">
        {active && (
          <ChangeSection
            filing={filing}
            open={open === 'change'}
            locked={locked ? lock?.until : undefined}
            onOpen={() => show('change')}
            onClose={() => setOpen(undefined)}
            onChanged={done}
          />
        )}
        <CancelSection
          filing={filing}
          open={open === 'cancel'}
          locked={locked ? lock?.until : undefined}
          onOpen={() => show('cancel')}
          onClose={() => setOpen(undefined)}
          onChanged={done}
        />
      </View>
    </View>
  )
}
