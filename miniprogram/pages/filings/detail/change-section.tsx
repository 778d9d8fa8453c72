import type { FilingView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../components/error-banner'
import RegionField from '../../../components/region-field'
import Tap from '../../../components/tap'
import TextField from '../../../components/text-field'
import { useCall } from '../../../hooks/use-call'

type Props = {
  filing: FilingView
  open: boolean
  /** The first day the action is allowed, while the filing is locked: the button says so and does nothing. */
  locked?: string
  onOpen: () => void
  onClose: () => void
  onChanged: (next: FilingView) => void
}

const Opener = ({
  kind,
  locked,
  onOpen,
  children,
}: Pick<Props, 'locked' | 'onOpen'> & { kind: 'secondary' | 'danger'; children: string }) => (
  <Tap kind={kind} disabled={Boolean(locked)} onTap={onOpen}>
    {locked ? `${children}（${locked} 起可办）` : children}
  </Tap>
)

/** 变更就医地: the server still refuses with the profile's rule and its source where the filing is locked. */
export function ChangeSection({ filing, open, locked, onOpen, onClose, onChanged }: Props) {
  const [destination, setDestination] = useState<string>()
  const { state, run } = useCall('filing.change')
  if (!open)
    return (
      <Opener kind="secondary" locked={locked} onOpen={onOpen}>
        变更就医地
      </Opener>
    )
  return (
    <View className="alter-form" id="alter-change">
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
            if (reply?.ok) onChanged(reply.data)
          })
        }
        disabled={!destination}
        busy={state.status === 'loading'}
      >
        确认变更
      </Tap>
      <Tap kind="plain" onTap={onClose}>
        不变更了
      </Tap>
    </View>
  )
}

/** 撤销 with a reason: the server still refuses with the rule and its source where the profile forbids it. */
export function CancelSection({ filing, open, locked, onOpen, onClose, onChanged }: Props) {
  const [reason, setReason] = useState('')
  const { state, run } = useCall('filing.cancel')
  if (!open)
    return (
      <Opener kind="danger" locked={locked} onOpen={onOpen}>
        撤销备案
      </Opener>
    )
  return (
    <View className="alter-form" id="alter-cancel">
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
            if (reply?.ok) onChanged(reply.data)
          })
        }
        busy={state.status === 'loading'}
      >
        确认撤销
      </Tap>
      <Tap kind="plain" onTap={onClose}>
        不撤销了
      </Tap>
    </View>
  )
}
