// One directory row by its code (what 我的住院能直接结算吗 asks by), on real SQLite and on the CloudBase adapter
// against the in-memory stand-in: the row as imported, wherever it is, and null for a code the directory lacks.
import { GANZHOU_ANNEX_2 } from '@shared/hospitals/ganzhou-annex2'
import { hospitalsCloudBase } from '../../server/adapters/cloudbase/hospitals.cloudbase'
import { cloudDbStandIn } from './cloud-db-stand-in'
import { tempStore } from './support'

const ROW = { ...GANZHOU_ANNEX_2[3], crossProvince: { inpatient: true, outpatient: false, chronic: null } }

test('SQLite: the row of a code as imported, and null for a code not in the directory', async () => {
  const store = tempStore()
  try {
    await store.ports.hospitals.importAll([ROW, GANZHOU_ANNEX_2[0]])
    expect(await store.ports.hospitals.byCode(ROW.code)).toEqual(ROW)
    expect(await store.ports.hospitals.byCode('NOPE-01')).toBeNull()
  } finally {
    await store.dispose()
  }
})

test('CloudBase: the row of a code without the database id, and null for a code not in the directory', async () => {
  const { db } = cloudDbStandIn()
  const collection = db.collection('hospitals') as unknown as { add: (doc: object) => Promise<unknown> }
  await collection.add({ _id: ROW.code, ...ROW })
  await collection.add({ _id: GANZHOU_ANNEX_2[0].code, ...GANZHOU_ANNEX_2[0] })
  const hospitals = hospitalsCloudBase(db)
  expect(await hospitals.byCode(ROW.code)).toEqual(ROW)
  expect(await hospitals.byCode('NOPE-01')).toBeNull()
})
