import { MATERIAL_LABELS, type MaterialKind } from '../policy/materials'
import type { AppError } from '../result'

/**
 * How many materials one filing or claim may hold: a few photos of each document are plenty for a reviewer,
 * and a record that grows without bound makes every read of it slow. The same file twice is never a new one.
 */
export const MATERIAL_LIMITS = { perRecord: 40, perKind: 10 } as const

type Material = { kind: MaterialKind; fileID: string }

/** Which of the record's materials a new one repeats, named as the person sees them: kind and place. */
const repeated = (
  held: readonly Material[],
  added: readonly Material[],
  sameFile: (fileID: string) => string,
) => {
  const nth = (list: readonly Material[], index: number) =>
    list.slice(0, index + 1).filter((material) => material.kind === list[index].kind).length
  for (const [index, material] of added.entries()) {
    const content = sameFile(material.fileID)
    const adding = `这次添加的第 ${index + 1} 份材料“${MATERIAL_LABELS[material.kind]}”`
    const before = held.findIndex((other) => sameFile(other.fileID) === content)
    if (before >= 0)
      return `${adding}与已添加的第 ${nth(held, before)} 份“${MATERIAL_LABELS[held[before].kind]}”是同一个文件，不能重复添加`
    const twin = added.findIndex((other, at) => at < index && sameFile(other.fileID) === content)
    if (twin >= 0) return `${adding}与这次添加的第 ${twin + 1} 份是同一个文件，不能重复添加`
  }
  return undefined
}

/**
 * `sameFile` names a file by its content where the store knows it (the same photo uploaded twice is one file),
 * else by its fileID.
 */
export const materialsProblem = (
  held: readonly Material[],
  added: readonly Material[],
  sameFile: (fileID: string) => string = (fileID) => fileID,
): AppError | undefined => {
  const refuse = (message: string): AppError => ({ code: 'VALIDATION', message, path: 'materials' })
  const all = [...held, ...added]
  const twice = repeated(held, added, sameFile)
  if (twice) return refuse(twice)
  if (all.length > MATERIAL_LIMITS.perRecord)
    return refuse(`每件事项最多 ${MATERIAL_LIMITS.perRecord} 份材料，已达上限`)
  for (const kind of new Set(added.map((material) => material.kind)))
    if (all.filter((material) => material.kind === kind).length > MATERIAL_LIMITS.perKind)
      return refuse(`${MATERIAL_LABELS[kind]}最多 ${MATERIAL_LIMITS.perKind} 份，已达上限`)
  return undefined
}
