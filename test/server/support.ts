import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Envelope, FunctionName } from '@shared/envelope'
import { checkCharacter } from '@shared/identity/id-number'
import type { FilingDraft } from '@shared/schemas/filing.schema'
import {
  type ClaimSummary,
  type ClaimView,
  claimSummarySchema,
  claimViewSchema,
  type FilingSummary,
  type FilingView,
  filingSummarySchema,
  filingViewSchema,
  RESPONSE_SCHEMAS,
  type ResponseKey,
  type ResponseOf,
} from '@shared/schemas/responses.schema'
import { runFunction } from '../../server/functions/run'
import type { IdentityVerification } from '../../server/ports/identity'
import { createHttpRuntime } from '../../server/runtime/http-runtime'
import { openLocalStore } from '../../server/runtime/local-store'
import { prepareIdentity, prepareIdentityOverHttp } from '../identity-prelude'
import { fixedClock } from './fixed-clock'

export const STAFF = 'staff-openid-1'
export const ALICE = 'openid-alice'
export const BOB = 'openid-bob'

/** A valid 18-digit number (GB 11643 check digit) for a 6-digit region and a serial. */
export const idNumber = (region = '420105', serial = 123) => {
  const first17 = `${region}19800101${String(serial).padStart(3, '0')}`
  return first17 + checkCharacter(first17)
}

/** A real SQLite file in a fresh temp directory, a clock the test moves, staff listed by env. */
export const tempStore = (
  now = '2026-05-01T02:00:00.000Z',
  options: {
    verification?: IdentityVerification
    /** INSURANCE_CORE and its settings; without them the embedded platform. */
    insuranceCoreEnv?: Record<string, string>
    /** INVOICE_VERIFY and its settings; without them the embedded adapter. */
    invoiceVerifyEnv?: Record<string, string>
  } = {},
) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-test-'))
  const clock = fixedClock(now)
  const store = openLocalStore({ dataDir, staffOpenids: STAFF, clock, ...options })
  /** Exactly this request, nothing before it (identity tests). */
  const callAsIs = async (name: FunctionName, event: unknown, caller: string | null = ALICE) =>
    runFunction(name, event, caller ?? undefined, store.ports)
  /** As a client does it: verified (or invited) first when the event files or claims for someone. */
  const call = async (name: FunctionName, event: unknown, caller: string | null = ALICE) => {
    if (caller) await prepareIdentity((openid, fn, body) => callAsIs(fn, body, openid), caller, name, event)
    return callAsIs(name, event, caller)
  }
  const count = (table: string) =>
    (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
  return {
    ...store,
    dataDir,
    clock,
    call,
    callAsIs,
    count,
    dispose: async () => {
      await store.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
export type TempStore = ReturnType<typeof tempStore>

/** Hubei (湖北 42) resident filing a long-term stay in Beijing, self, commitment accepted. */
export const draft = (overrides: Partial<FilingDraft> = {}): FilingDraft => ({
  insured: { name: '张三', idNumber: idNumber(), phone: '13800138000' },
  relation: 'self',
  insuredRegion: '420100',
  insuranceType: 'employee',
  filingType: 'long_term_resident',
  destination: '110105',
  startDate: '2026-05-01',
  commitment: { accepted: true },
  ...overrides,
})

/** Asserts the reply is a success. */
export const data = (envelope: Envelope): unknown => {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope)}`)
  return envelope.data
}

/** The reply's data read through the action's response schema, as the app reads it: typed, and checked. */
export const dataOf = <K extends ResponseKey>(key: K, envelope: Envelope): ResponseOf<K> =>
  RESPONSE_SCHEMAS[key].parse(data(envelope)) as ResponseOf<K>

/** Staff answers hold filings or claims by the `kind` asked for: read them as that kind. */
export const filingOf = (envelope: Envelope): FilingView => filingViewSchema.parse(data(envelope))
export const claimOf = (envelope: Envelope): ClaimView => claimViewSchema.parse(data(envelope))
/** The staff queue's items: summaries (strict, so a list that grew materials or history again fails). */
export const filingsIn = (envelope: Envelope): FilingSummary[] =>
  filingSummarySchema
    .strict()
    .array()
    .parse((data(envelope) as { items: unknown }).items)
export const claimsIn = (envelope: Envelope): ClaimSummary[] =>
  claimSummarySchema
    .strict()
    .array()
    .parse((data(envelope) as { items: unknown }).items)

export const errorOf = (envelope: Envelope) => {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope)}`)
  return envelope.error
}

/** The smallest files each type check accepts. */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])
export const PDF = Buffer.from('%PDF-1.4\n%%EOF\n')

let uploads = 0
/**
 * Uploads a file of the type `bytes` has, its content made distinct by a tail (two photos of two documents): a
 * record refuses the same content twice. `sameBytes` uploads exactly `bytes`.
 */
export const upload = async (store: TempStore, owner = ALICE, bytes = JPEG, sameBytes = false) => {
  uploads += 1
  const content = sameBytes ? bytes : Buffer.concat([bytes, Buffer.from(`\n${uploads}`)])
  const saved = await store.ports.files.save({ owner, bytes: content, at: store.clock.now().toISOString() })
  if (!saved.ok) throw new Error(saved.error.message)
  return saved.value.fileID
}

/** A claim read from any reply's data (HTTP tests get JSON, not envelopes). */
export const claimViewOf = (value: unknown): ClaimView => claimViewSchema.parse(value)

/** 吉林 常驻异地工作 under 承诺补充: files before leaving, owes the residence proof by a deadline. */
export const jilinWorker = (serial = 1, overrides: Partial<FilingDraft> = {}): FilingDraft =>
  draft({
    insuredRegion: '220100',
    filingType: 'resident_worker',
    insured: { name: '李四', idNumber: idNumber('220102', serial), phone: '13900139000' },
    commitment: { accepted: true, supplementLater: true },
    ...overrides,
  })

/** A 赣州 employee's inpatient claim for a stay in Beijing (the fields of claim.create, without the key). */
export const inpatientClaim = (overrides: Record<string, unknown> = {}) => ({
  insured: { name: '赵六', idNumber: idNumber('360702', 5), phone: '13600136000' },
  insuredRegion: '360700',
  insuranceType: 'employee',
  careType: 'inpatient',
  hospital: { name: '北京协和医院', regionCode: '110101', level: 3 },
  admissionDate: '2026-04-01',
  dischargeDate: '2026-04-10',
  totalCost: 20000,
  payee: PAYEE,
  ...overrides,
})

/** The claimant's social-security card account: sealed at rest, only `**** **** 5678` in any reply. */
export const PAYEE = {
  kind: 'social_security_card',
  bankName: '中国建设银行',
  accountNumber: '6217 0012 3456 5678',
}

/** The decision fields a claim's approval and payment need, as a reviewer types them. */
export const approveWith = (claim: { estimate: { fundPays: number } }) => ({
  approvedAmount: claim.estimate.fundPays,
})
export const payWith = (claim: { approval: { approvedAmount: number } | null }, paidAt = '2026-05-01') => ({
  paidAmount: claim.approval?.approvedAmount ?? 100,
  paidAt,
  reference: 'ZF20260501001',
})

/** The local runtime over the store, on a free port: POST a function as the H5 app does, read status and JSON. */
export const overHttp = async (store: TempStore) => {
  const server = createHttpRuntime({
    ports: store.ports,
    production: false,
    healthy: () => true,
    log: () => {},
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const postAsIs = poster(base)
  return {
    base,
    post: async (name: string, event: unknown, openid = ALICE) => {
      await prepareIdentityOverHttp(base, openid, name, event)
      return postAsIs(name, event, openid)
    },
    postAsIs,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

/** For each test of the file a fresh store served over HTTP, closed after it: read `served.store` inside tests. */
export const servedPerTest = () => {
  const served = {} as { store: TempStore; http: Awaited<ReturnType<typeof overHttp>> }
  beforeEach(async () => {
    served.store = tempStore()
    served.http = await overHttp(served.store)
  })
  afterEach(async () => {
    await served.http.close()
    await served.store.dispose()
  })
  return served
}

const poster =
  (base: string) =>
  async (name: string, event: unknown, openid = ALICE) => {
    const response = await fetch(`${base}/api/fn/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Openid': openid },
      body: JSON.stringify(event),
    })
    return { status: response.status, body: await response.json() }
  }
