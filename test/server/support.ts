import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FunctionName } from '@shared/envelope'
import { checkCharacter } from '@shared/identity/id-number'
import type { FilingDraft } from '@shared/schemas/filing.schema'
import { runFunction } from '../../server/functions/run'
import { openLocalStore } from '../../server/runtime/local-store'
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
export const tempStore = (now = '2026-05-01T02:00:00.000Z') => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-test-'))
  const clock = fixedClock(now)
  const store = openLocalStore({ dataDir, staffOpenids: STAFF, clock })
  const call = async (name: FunctionName, event: unknown, caller: string | null = ALICE) =>
    runFunction(name, event, caller ?? undefined, store.ports)
  const count = (table: string) =>
    (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
  return {
    ...store,
    dataDir,
    clock,
    call,
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

export const data = <T = Record<string, unknown>>(envelope: { ok: boolean }): T => {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope)}`)
  return (envelope as unknown as { data: T }).data
}

export const errorOf = (envelope: { ok: boolean }) => {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope)}`)
  return (
    envelope as unknown as { error: { code: string; message: string; path?: string; source?: unknown } }
  ).error
}

/** The smallest files each type check accepts. */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])
export const PDF = Buffer.from('%PDF-1.4\n%%EOF\n')

export const upload = async (store: TempStore, owner = ALICE, bytes = JPEG) => {
  const saved = await store.ports.files.save({ owner, bytes, at: store.clock.now().toISOString() })
  if (!saved.ok) throw new Error(saved.error.message)
  return saved.value.fileID
}
