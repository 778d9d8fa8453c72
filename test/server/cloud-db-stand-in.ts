// No CloudBase account here: an in-memory stand-in with the SDK's shape, just what the outbox adapter calls —
// add (a duplicate _id refused), where({ field: value | _.in | _.gt | _.gte }).orderBy/limit/get/count/update({ _.inc }).
// orderBy keeps the order of insertion.
import type { CloudDb } from '../../server/adapters/cloudbase/database.cloudbase'

type Doc = Record<string, unknown> & { _id: string }
type Operator = { in: unknown[] } | { gt: number } | { gte: string | number } | { inc: number }

const isOperator = (value: unknown): value is Operator =>
  typeof value === 'object' &&
  value !== null &&
  ('in' in value || 'gt' in value || 'gte' in value || 'inc' in value)

const matches = (doc: Doc, query: Record<string, unknown>) =>
  Object.entries(query).every(([field, wanted]) => {
    if (!isOperator(wanted)) return doc[field] === wanted
    if ('in' in wanted) return wanted.in.includes(doc[field] ?? null)
    if ('gt' in wanted) return Number(doc[field]) > wanted.gt
    if ('gte' in wanted) return (doc[field] as string | number) >= wanted.gte
    return false
  })

const applyTo = (doc: Doc, fields: Record<string, unknown>) => {
  for (const [field, value] of Object.entries(fields))
    doc[field] = isOperator(value) && 'inc' in value ? Number(doc[field] ?? 0) + value.inc : value
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
    }
    return chain
  }
  const db = {
    command: {
      in: (values: unknown[]) => ({ in: values }),
      gt: (value: number) => ({ gt: value }),
      gte: (value: string | number) => ({ gte: value }),
      inc: (value: number) => ({ inc: value }),
    },
    collection: (name: string) => {
      const docs = docsOf(name)
      return {
        add: async (doc: Doc) => {
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
