import type { ClaimView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import Tap from '../../../../components/tap'
import { useCall } from '../../../../hooks/use-call'

/** 撤回 before a decision; the server refuses it after one, with the claim's status in the message. */
export default function WithdrawSection({
  claim,
  onChanged,
}: {
  claim: ClaimView
  onChanged: (next: ClaimView) => void
}) {
  const [open, setOpen] = useState(false)
  const { state, run } = useCall('claim.withdraw')
  if (!open)
    return (
      <Tap kind="danger" onTap={() => setOpen(true)}>
        撤回申请
      </Tap>
    )
  return (
    <View className="record-section">
      <Text className="record-section__title">撤回申请</Text>
      <Text className="record-section__text">撤回后经办机构不再审核这份申请，需要时可以重新申请。</Text>
      {state.status === 'error' && <ErrorBanner error={state.error} />}
      <Tap
        kind="danger"
        busy={state.status === 'loading'}
        onTap={() =>
          void run({ claimId: claim.claimId }).then((reply) => {
            if (reply?.ok) {
              setOpen(false)
              onChanged(reply.data)
            }
          })
        }
      >
        确认撤回
      </Tap>
      <Tap kind="plain" onTap={() => setOpen(false)}>
        不撤回了
      </Tap>
    </View>
  )
}
