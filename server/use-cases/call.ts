import { fail, ok, type Result } from '@shared/result'
import type { AttachedMaterial } from '@shared/schemas/filing.schema'
import { type IsoDate, todayInShanghai } from '@shared/time/calendar'
import type { Notification } from '../ports/outbox'
import type { Ports } from '../ports/ports'

/** One request: who asks, with what, at which moment (read once so a request sees one "today"). */
export interface Call {
  caller: string
  ports: Ports
  at: string
  today: IsoDate
}

export const callOf = (caller: string, ports: Ports): Call => {
  const now = ports.clock.now()
  return { caller, ports, at: now.toISOString(), today: todayInShanghai(now) }
}

export const notFound = <T>(what: string): Result<T> => fail({ code: 'NOT_FOUND', message: `${what}不存在` })

/** Every fileID a user attaches must be one they uploaded; the issue names the field at fault. */
export const checkOwnFiles = async (
  call: Call,
  fileIDs: { fileID: string; path: string }[],
): Promise<Result<true>> => {
  for (const { fileID, path } of fileIDs) {
    if (!(await call.ports.files.belongsTo(fileID, call.caller))) {
      const message = '文件不存在或不是您上传的，请重新上传'
      return fail({ code: 'VALIDATION', message, path, issues: [{ path, message }] })
    }
  }
  return ok(true)
}

export const materialFiles = (materials: readonly AttachedMaterial[], prefix: string) =>
  materials.map((material, index) => ({ fileID: material.fileID, path: `${prefix}.${index}.fileID` }))

/**
 * Compare-and-set with a few retries: a concurrent writer makes us reload and decide again,
 * so a second cancel sees the first one's result instead of overwriting it.
 */
export const changeRecord = async <R extends { version: number }>(
  load: () => Promise<Result<R>>,
  change: (current: R) => Promise<Result<R>> | Result<R>,
  save: (next: R, expected: number) => Promise<boolean>,
): Promise<Result<R>> => {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await load()
    if (!current.ok) return current
    const next = await change(current.value)
    if (!next.ok) return next
    if (await save(next.value, current.value.version))
      return ok({ ...next.value, version: current.value.version + 1 })
  }
  return fail({ code: 'CONFLICT', message: '记录正在被同时修改，请刷新后重试' })
}

/** A message for the user; the repository writes it together with the change that causes it. */
export const notification = (
  call: Call,
  recipient: string,
  kind: Notification['kind'],
  payload: Notification['payload'],
): Notification => ({ id: call.ports.ids.next('nt'), recipient, kind, payload, createdAt: call.at })
