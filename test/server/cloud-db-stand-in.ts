// No CloudBase account here: an in-memory stand-in with the SDK's shape, just what the outbox and file-store
// adapters call — add (a duplicate _id refused, one without _id given one), where({ field: value | _.in | _.gt |
// _.gte | _.lt | _.neq | _.exists }).orderBy/limit/get/count/update({ _.inc | _.remove })/remove(). A dotted field ('materials.fileID') reaches into nested
// objects and matches any element of an array on the way, as the database's queries do. orderBy keeps the order
// of insertion.
import type { CloudDb } from '../../server/adapters/cloudbase/database.cloudbase'

type Doc = Record<string, unknown> & { _id: string }
type Operator =
  | { in: unknown[] }
  | { gt: number }
  | { gte: string | number }
  | { lt: string | number }
  | { inc: number }
  | { neq: unknown }
  | { exists: boolean }
  | { remove: true }

const isOperator = (value: unknown): value is Operator =>
  typeof value === 'object' &&
  value !== null &&
  ['in', 'gt', 'gte', 'lt', 'inc', 'neq', 'exists', 'remove'].some((name) => name in value)

/** Every value a dotted path reaches, arrays spread on the way. */
const valuesAt = (value: unknown, path: string[]): unknown[] => {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path))
  if (path.length === 0) return [value]
  if (typeof value !== 'object' || value === null) return []
  return valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1))
}

const fits = (value: unknown, wanted: unknown) => {
  if (!isOperator(wanted)) return value === wanted
  if ('in' in wanted) return wanted.in.includes(value ?? null)
  if ('gt' in wanted) return Number(value) > wanted.gt
  if ('gte' in wanted) return value !== undefined && (value as string | number) >= wanted.gte
  if ('lt' in wanted) return value !== undefined && (value as string | number) < wanted.lt
  if ('neq' in wanted) return value !== wanted.neq
  if ('exists' in wanted) return (value !== undefined) === wanted.exists
  return false
}

const matches = (doc: Doc, query: Record<string, unknown>) =>
  Object.entries(query).every(([field, wanted]) => {
    const values = field.includes('.') ? valuesAt(doc, field.split('.')) : [doc[field]]
    return values.some((value) => fits(value, wanted))
  })

const applyTo = (doc: Doc, fields: Record<string, unknown>) => {
  for (const [field, value] of Object.entries(fields)) {
    if (isOperator(value) && 'remove' in value) delete doc[field]
    else doc[field] = isOperator(value) && 'inc' in value ? Number(doc[field] ?? 0) + value.inc : value
  }
}

export const cloudDbStandIn = () => {
  const collections = new Map<string, Map<string, Doc>>()
  const docsOf = (name: string) => {
    if (!collections.has(name)) collections.set(name, new Map())
    return collections.get(name) as Map<string, Doc>
  }
  const query = (docs: Map<string, Doc>, where: Record<string, unknown>) => {
    const found = () => [...docs.values()].filter((doc) => matches(doc, where))
    const chain = {
      orderBy: () => chain,
      limit: () => chain,
      get: async () => ({ data: found() }),
      count: async () => ({ total: found().length }),
      update: async (fields: Record<string, unknown>) => {
        const hit = found()
        for (const doc of hit) applyTo(doc, fields)
        return { updated: hit.length }
      },
      remove: async () => {
        const hit = found()
        for (const doc of hit) docs.delete(doc._id)
        return { deleted: hit.length }
      },
    }
    return chain
  }
  const db = {
    command: {
      in: (values: unknown[]) => ({ in: values }),
      gt: (value: number) => ({ gt: value }),
      gte: (value: string | number) => ({ gte: value }),
      lt: (value: string | number) => ({ lt: value }),
      inc: (value: number) => ({ inc: value }),
      neq: (value: unknown) => ({ neq: value }),
      exists: (value: boolean) => ({ exists: value }),
      remove: () => ({ remove: true }),
    },
    collection: (name: string) => {
      const docs = docsOf(name)
      return {
        add: async (given: Doc) => {
          const doc = { ...given, _id: given._id ?? `auto_${docs.size + 1}` }
          if (docs.has(doc._id))
            throw Object.assign(new Error('duplicate'), { code: 'DATABASE_DUPLICATE_WRITE' })
          docs.set(doc._id, { ...doc })
          return { id: doc._id }
        },
        where: (where: Record<string, unknown>) => query(docs, where),
      }
    },
  }
  return { db: db as unknown as CloudDb, docsOf }
}
