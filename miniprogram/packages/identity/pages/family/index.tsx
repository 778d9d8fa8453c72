import { FAMILY_MEMBER_CAP } from '@shared/policy/family'
import type { AuthorisationView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import CallStateView from '../../../../components/page-state/call-state'
import Tap from '../../../../components/tap'
import type { CallState } from '../../../../hooks/use-call'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { useShown } from '../../../../hooks/use-shown'
import { go } from '../../../../services/navigate'
import VerifyFirst from '../../verify-first'
import MemberRow from './member-row'
import './index.scss'

function MemberList(props: {
  title: string
  empty: string
  items: AuthorisationView[]
  side: 'granted' | 'received'
  onEnded: () => void
}) {
  return (
    <View className="family-section">
      <Text className="family-section__title">{props.title}</Text>
      {props.items.length === 0 ? (
        <Text className="family-section__empty">{props.empty}</Text>
      ) : (
        <View ariaRole="list" ariaLabel={props.title}>
          {props.items.map((view) => (
            <MemberRow key={view.authorisationId} view={view} side={props.side} onEnded={props.onEnded} />
          ))}
        </View>
      )}
    </View>
  )
}

/**
 * 家庭成员 (亲情账户): whom the person lets file and claim in their name (and their open invitations), and for whom
 * they may; either side ends an authorisation here. Inviting and accepting are pages of their own.
 */
export default function Family() {
  const scale = useFontScale()
  const identity = useShown('identity.status', {})
  const members = useShown('identity.members', {})
  const reload = () => {
    void identity.load()
    void members.load()
  }
  const waiting = [identity.state, members.state].find((state) => state.status !== 'done')
  if (waiting || identity.state.status !== 'done' || members.state.status !== 'done')
    return <CallStateView state={(waiting ?? { status: 'loading' }) as CallState<unknown>} onRetry={reload} />
  const { verified } = identity.state.data
  const { granted, received } = members.state.data
  return (
    <View className="family" style={scale}>
      <Text className="family__title">家庭成员</Text>
      <Text className="family__text">
        家人可以代您办理异地就医备案和手工报销；家人邀请您后，您也可以代家人办理。最多 {FAMILY_MEMBER_CAP}{' '}
        位家庭成员。
      </Text>
      {verified ? (
        <View className="family-section">
          <Tap onTap={() => go('familyInvite')}>邀请家人代办</Tap>
          <Tap kind="secondary" onTap={() => go('familyAccept')}>
            输入家人的邀请码
          </Tap>
        </View>
      ) : (
        <VerifyFirst purpose="邀请家人代办或接受家人的邀请" />
      )}
      <MemberList
        title="我授权的家人"
        empty="还没有家人代您办理。"
        items={granted}
        side="granted"
        onEnded={() => void members.load()}
      />
      <MemberList
        title="我可以代办的人"
        empty="还没有家人授权您代办。"
        items={received}
        side="received"
        onEnded={() => void members.load()}
      />
    </View>
  )
}
