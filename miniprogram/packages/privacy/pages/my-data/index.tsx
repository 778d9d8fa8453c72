import { ERASURE, RECORD_KIND_LABELS } from '@shared/policy/erasure'
import { RETENTION, type RetentionKey } from '@shared/policy/privacy'
import type { RecordKind } from '@shared/policy/vocabulary'
import type { AppError } from '@shared/result'
import type { MyRecord } from '@shared/schemas/my-data.schema'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import CallStateView from '../../../../components/page-state/call-state'
import SourceLine from '../../../../components/source-line'
import Tap from '../../../../components/tap'
import { shanghaiTime } from '../../../../components/timeline'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { useShown } from '../../../../hooks/use-shown'
import { call } from '../../../../services/api'
import { go } from '../../../../services/navigate'
import { sizeText } from '../../../../services/upload-rules'
import '../index.scss'
import './index.scss'

const day = (at: string) => shanghaiTime(at).slice(0, 10)

function Retention({ kind }: { kind: RetentionKey }) {
  const retention = RETENTION[kind]
  return (
    <View className="my-data__retention">
      <Text className="privacy__text">
        保存期限：{retention.period}
        {retention.illustrative ? '（示例期限，以经办机构公布为准）' : ''}
      </Text>
      <SourceLine source={retention.source} />
    </View>
  )
}

/** What deleting one record removes and keeps, asked before anything is deleted. */
function ConfirmErase({
  record,
  busy,
  onConfirm,
  onCancel,
}: {
  record: MyRecord
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const rule = ERASURE[record.kind]
  return (
    <View className="my-data__confirm" ariaRole="group" ariaLabel="确认删除">
      <Text className="privacy__data">将删除：</Text>
      {rule.removed.map((what) => (
        <Text key={what} className="privacy__text">
          · {what}
        </Text>
      ))}
      <Text className="privacy__data">依法保留：</Text>
      <Text className="privacy__text">
        {rule.kept}。{rule.why}。
      </Text>
      <Retention kind={rule.retention} />
      <Tap kind="danger" busy={busy} onTap={onConfirm}>
        {busy ? '正在删除…' : '确认删除'}
      </Tap>
      <Tap kind="secondary" onTap={onCancel}>
        取消
      </Tap>
    </View>
  )
}

function RecordCard({
  record,
  onErase,
  confirming,
  children,
}: {
  record: MyRecord
  onErase: () => void
  confirming: boolean
  children?: React.ReactNode
}) {
  return (
    <View className="privacy__item">
      <Text className="privacy__data">
        {RECORD_KIND_LABELS[record.kind]}：{record.title}
      </Text>
      <Text className="privacy__text">
        参保人 {record.person} · {record.status}
      </Text>
      <Text className="privacy__text">提交于 {day(record.createdAt)}</Text>
      <Text className="privacy__text">
        最后办理 {day(record.updatedAt)} · 材料 {record.materials} 份
      </Text>
      {record.erasedAt ? (
        <Text className="my-data__done">
          已于 {day(record.erasedAt)} 删除材料和个人信息，办理记录依法保留
        </Text>
      ) : record.finished ? (
        !confirming && (
          <Tap kind="secondary" label={`删除${record.title}的材料和个人信息`} onTap={onErase}>
            申请删除材料和个人信息
          </Tap>
        )
      ) : (
        <Text className="privacy__text">办理中：办结后可申请删除</Text>
      )}
      {children}
    </View>
  )
}

const KINDS: RecordKind[] = ['filing', 'claim']

/** 我的数据: what is held about the signed-in person, and deletion of what is finished. */
export default function MyDataPage() {
  const scale = useFontScale()
  const { state, load } = useShown('account.my_data', {})
  const [confirming, setConfirming] = useState<string>()
  const [erasing, setErasing] = useState(false)
  const [problem, setProblem] = useState<{ id: string; error: AppError }>()

  const erase = (record: MyRecord) => {
    setErasing(true)
    void call('account.erase', { kind: record.kind, id: record.id }).then((reply) => {
      setErasing(false)
      if (!reply.ok) return setProblem({ id: record.id, error: reply.error })
      setProblem(undefined)
      setConfirming(undefined)
      void load()
    })
  }

  return (
    <View className="privacy" style={scale}>
      <Text className="privacy__title">我的数据</Text>
      <Text className="privacy__text">以下是我们保存的、由您本人提交的信息。</Text>
      <CallStateView state={state} onRetry={load} />
      {state.status === 'done' && (
        <>
          <View className="privacy__item">
            {KINDS.map((kind) => (
              <View key={kind}>
                <Text className="privacy__data">
                  {RECORD_KIND_LABELS[kind]} {state.data.records.filter((r) => r.kind === kind).length} 条
                </Text>
                <Retention kind={ERASURE[kind].retention} />
              </View>
            ))}
            <Text className="privacy__data">
              上传的文件 {state.data.uploads.count} 份
              {state.data.uploads.count > 0 ? `（共 ${sizeText(state.data.uploads.bytes)}）` : ''}
            </Text>
            <Retention kind="withRecord" />
            <Text className="privacy__data">
              消息 {state.data.messages.count} 条
              {state.data.messages.latestAt ? `，最近一条 ${day(state.data.messages.latestAt)}` : ''}
            </Text>
            <Retention kind="messages" />
          </View>
          {state.data.records.length === 0 && (
            <Text className="privacy__text">您还没有提交过备案或报销。</Text>
          )}
          {state.data.records.map((record) => (
            <RecordCard
              key={record.id}
              record={record}
              confirming={confirming === record.id}
              onErase={() => {
                setProblem(undefined)
                setConfirming(record.id)
              }}
            >
              {confirming === record.id && (
                <ConfirmErase
                  record={record}
                  busy={erasing}
                  onConfirm={() => erase(record)}
                  onCancel={() => setConfirming(undefined)}
                />
              )}
              {problem?.id === record.id && <ErrorBanner error={problem.error} />}
            </RecordCard>
          ))}
        </>
      )}
      <Tap kind="plain" onTap={() => void go('privacy')}>
        隐私说明
      </Tap>
    </View>
  )
}
