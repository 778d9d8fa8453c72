import type { FilingView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../components/error-banner'
import RegionField from '../../../components/region-field'
import Tap from '../../../components/tap'
import TextField from '../../../components/text-field'
import { useCall } from '../../../hooks/use-call'

type Props = { filing: FilingView; onChanged: (next: FilingView) => void }

/** 变更就医地: refused with the profile's rule and its source where the filing is locked. */
export function ChangeSection({ filing, onChanged }: Props) {
  const [open, setOpen] = useState(false)
  const [destination, setDestination] = useState<string>()
  const { state, run } = useCall('filing.change')
  if (!open)
    return (
      <Tap kind="secondary" onTap={() => setOpen(true)}>
        变更就医地
      </Tap>
    )
  return (
    <View className="record-section">
      <Text className="record-section__title">变更就医地</Text>
      <RegionField
        label="新的就医地"
        name="change.destination"
        value={destination}
        onChange={setDestination}
      />
      {state.status === 'error' && <ErrorBanner error={state.error} />}
      <Tap
        onTap={() =>
          destination &&
          void run({ filingId: filing.filingId, destination }).then((reply) => {
            if (reply?.ok) {
              setOpen(false)
              onChanged(reply.data)
            }
          })
        }
        disabled={!destination}
        busy={state.status === 'loading'}
      >
        确认变更
      </Tap>
      <Tap kind="plain" onTap={() => setOpen(false)}>
        不变更了
      </Tap>
    </View>
  )
}

/** 撤销 with a reason: refused with the rule and its source where the profile forbids it. */
export function CancelSection({ filing, onChanged }: Props) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const { state, run } = useCall('filing.cancel')
  if (!open)
    return (
      <Tap kind="danger" onTap={() => setOpen(true)}>
        撤销备案
      </Tap>
    )
  return (
    <View className="record-section">
      <Text className="record-section__title">撤销备案</Text>
      <Text className="record-section__text">撤销后不能再按此备案直接结算。</Text>
      <TextField
        label="撤销原因"
        name="cancel.reason"
        value={reason}
        onChange={setReason}
        maxlength={200}
        placeholder="如：已回参保地居住"
        error={
          state.status === 'error' && state.error.code === 'VALIDATION' ? state.error.message : undefined
        }
      />
      {state.status === 'error' && state.error.code !== 'VALIDATION' && <ErrorBanner error={state.error} />}
      <Tap
        kind="danger"
        onTap={() =>
          void run({ filingId: filing.filingId, reason }).then((reply) => {
            if (reply?.ok) {
              setOpen(false)
              onChanged(reply.data)
            }
          })
        }
        busy={state.status === 'loading'}
      >
        确认撤销
      </Tap>
      <Tap kind="plain" onTap={() => setOpen(false)}>
        不撤销了
      </Tap>
    </View>
  )
}
