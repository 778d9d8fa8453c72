import { MATERIAL_LABELS, type MaterialKind } from '../policy/materials'
import type { AppError } from '../result'

/**
 * How many materials one filing or claim may hold: a few photos of each document are plenty for a reviewer,
 * and a record that grows without bound makes every read of it slow. The same file twice is never a new one.
 */
export const MATERIAL_LIMITS = { perRecord: 40, perKind: 10 } as const

export const materialsProblem = (
  held: readonly { kind: MaterialKind; fileID: string }[],
  added: readonly { kind: MaterialKind; fileID: string }[],
): AppError | undefined => {
  const refuse = (message: string): AppError => ({ code: 'VALIDATION', message, path: 'materials' })
  const all = [...held, ...added]
  if (new Set(all.map((material) => material.fileID)).size < all.length)
    return refuse('同一个文件已经添加过，不能重复添加')
  if (all.length > MATERIAL_LIMITS.perRecord)
    return refuse(`每件事项最多 ${MATERIAL_LIMITS.perRecord} 份材料，已达上限`)
  for (const kind of new Set(added.map((material) => material.kind)))
    if (all.filter((material) => material.kind === kind).length > MATERIAL_LIMITS.perKind)
      return refuse(`${MATERIAL_LABELS[kind]}最多 ${MATERIAL_LIMITS.perKind} 份，已达上限`)
  return undefined
}
