// The designated-hospital directory: the shipped 赣 附件2 sample answers until an agency imports its list; a CSV
// is imported whole or not at all, over HTTP by staff and by `npm run hospitals:import`; search by place, name
// and pinyin initials.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GANZHOU_ANNEX_2 } from '@shared/hospitals/ganzhou-annex2'
import { HOSPITAL_CSV_COLUMNS } from '@shared/hospitals/hospital-csv'
import { ALICE, claimViewOf, inpatientClaim, overHttp, STAFF, type TempStore, tempStore } from './support'

let store: TempStore
let http: Awaited<ReturnType<typeof overHttp>>
beforeEach(async () => {
  store = tempStore()
  http = await overHttp(store)
})
afterEach(async () => {
  await http.close()
  await store.dispose()
})

const HEADER = HOSPITAL_CSV_COLUMNS.join(',')
const GOOD = [
  HEADER,
  'H11010500001,北京朝阳医院,110105,三级,综合,是,是,是,是,是,否,示例数据,演示行,2026-05-01,是',
  'H44030400002,"深圳市人民医院,南院",440304,3,综合,1,1,未知,1,0,,示例数据,演示行,2026-05-01,1',
  'H11010500003,朝阳大药房,110105,,药店,否,是,否,否,否,否,示例数据,演示行,2026-05-01,是',
].join('\n')
const BAD = [
  HEADER,
  'H11010500001,北京朝阳医院,110105,三级,综合,是,是,是,是,是,否,示例数据,演示行,2026-05-01,是',
  'H,,999999,四级,诊所,也许,是,是,是,是,否,示例数据,演示行,2026-13-01,是',
  'H11010500001,北京朝阳医院,110105,三级,综合,是,是,是,是,是,否,示例数据,演示行,2026-05-01,是',
  'H11010500005,少一列医院,110105',
].join('\n')

const find = async (query: object, openid = ALICE) =>
  (await http.post('claim', { action: 'hospitals', ...query }, openid)).body.data as {
    items: { code: string; name: string; source: { clause: string } }[]
    sample: boolean
  }

test('before any import the nine Ganzhou hospitals of 附件2 answer, marked with their source', async () => {
  const all = await find({ region: '360700' })
  expect(all.sample).toBe(true)
  expect(all.items.map((row) => row.name)).toEqual(GANZHOU_ANNEX_2.map((row) => row.name))
  expect(all.items).toHaveLength(9)
  for (const row of all.items) expect(row.source).toEqual({ doc: '赣市医保字〔2019〕21号', clause: '附件2' })
  expect((await find({ q: 'rmyy' })).items.map((row) => row.name)).toEqual([
    '赣州市人民医院',
    '赣州市第三人民医院',
    '赣州市第五人民医院',
  ])
  expect((await find({ q: '肿瘤' })).items.map((row) => row.name)).toEqual(['赣州市肿瘤医院'])
  expect((await find({ region: '110000' })).items).toEqual([])
})

test('staff import a good file; search then answers from it, by province, city and initials', async () => {
  const reply = await http.post('staff', { action: 'import_hospitals', csv: GOOD }, STAFF)
  expect(reply.body).toEqual({ ok: true, data: { imported: 3 } })
  const beijing = await find({ region: '110000' })
  expect(beijing.sample).toBe(false)
  expect(beijing.items.map((row) => row.name)).toEqual(['北京朝阳医院', '朝阳大药房'])
  expect((await find({ q: 'szsrmyy' })).items.map((row) => row.name)).toEqual(['深圳市人民医院,南院'])
  const row = store.db.prepare("SELECT doc FROM hospitals WHERE code = 'H44030400002'").get() as {
    doc: string
  }
  expect(JSON.parse(row.doc)).toMatchObject({
    level: 3,
    kind: 'general',
    provincial: { inpatient: true, outpatient: true, chronic: null },
    crossProvince: { inpatient: true, outpatient: false, chronic: null },
    illustrative: true,
  })
})

test('a bad file is refused whole: every problem by line and column, nothing imported', async () => {
  const reply = await http.post('staff', { action: 'import_hospitals', csv: BAD }, STAFF)
  expect(reply.status).toBe(400)
  const messages = (reply.body.error.issues as { message: string }[]).map((issue) => issue.message)
  expect(messages).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^第 3 行 code：机构编码应为 2 至 40 位/),
      '第 4 行 code：机构编码 H11010500001 与第 2 行重复',
      expect.stringMatching(/^第 3 行 name：请填写机构名称/),
      expect.stringMatching(/^第 3 行 region_code：/),
      expect.stringMatching(/^第 3 行 level：/),
      expect.stringMatching(/^第 3 行 kind：/),
      '第 3 行 provincial_inpatient：联网状态应为 是、否 或 未知（留空）',
      expect.stringMatching(/^第 3 行 as_of：/),
      expect.stringMatching(/^第 5 行应有 15 列，实有 3 列/),
    ]),
  )
  expect(reply.body.error.message).toMatch(/未导入任何一行/)
  expect(store.count('hospitals')).toBe(0)
  const header = await http.post('staff', { action: 'import_hospitals', csv: 'name,code\nx,y' }, STAFF)
  expect(header.body.error.message).toMatch(/第 1 行应为表头/)
  expect(store.count('hospitals')).toBe(0)
})

test('only staff import', async () => {
  const reply = await http.post('staff', { action: 'import_hospitals', csv: GOOD }, ALICE)
  expect(reply.status).toBe(403)
  expect(store.count('hospitals')).toBe(0)
})

test('npm run hospitals:import loads a good file and refuses a bad one without writing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'yidi-hospitals-'))
  try {
    writeFileSync(path.join(dir, 'good.csv'), GOOD)
    writeFileSync(path.join(dir, 'bad.csv'), BAD)
    const run = (file: string) =>
      spawnSync('npx', ['tsx', 'scripts/import-hospitals.ts', path.join(dir, file)], {
        env: { ...process.env, DATA_DIR: path.join(dir, 'data') },
        encoding: 'utf8',
      })
    const bad = run('bad.csv')
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/第 3 行 region_code/)
    expect(bad.stderr).toMatch(/nothing imported/)
    const good = run('good.csv')
    expect(good.stdout).toMatch(/imported 3 rows/)
    expect(good.status).toBe(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)

test('a claim hospital chosen from the directory lends its level to the estimate; a typed one is 未核验 for staff', async () => {
  await http.post('staff', { action: 'import_hospitals', csv: GOOD }, STAFF)
  const create = async (hospital: object, key: string) => {
    const reply = await http.post('claim', {
      action: 'create',
      ...inpatientClaim({ hospital }),
      idempotencyKey: key,
    })
    expect(reply.status).toBe(200)
    return claimViewOf(reply.body.data)
  }
  const chosen = await create(
    { name: '北京朝阳医院', regionCode: '110105', code: 'H11010500001' },
    'hosp-chosen-1',
  )
  const typed = await create({ name: '北京朝阳医院', regionCode: '110105' }, 'hosp-typed-1')
  const unknownCode = await create({ name: '某某医院', regionCode: '110105', code: 'H99' }, 'hosp-nocode-1')
  expect(chosen.hospital).toMatchObject({ level: 3, code: 'H11010500001', listed: true })
  expect(chosen.estimate.lines.map((line) => line.text).join()).toMatch(/三级/)
  expect(typed.hospital).toMatchObject({ listed: false })
  expect(typed.hospital.level).toBeUndefined()
  expect(unknownCode.hospital).toEqual({ name: '某某医院', regionCode: '110105', listed: false })
  const asStaff = async (claimId: string) =>
    claimViewOf((await http.post('claim', { action: 'get', claimId }, STAFF)).body.data).flags ?? []
  expect((await asStaff(typed.claimId)).map((flag) => flag.code)).toContain('HOSPITAL_UNLISTED')
  expect((await asStaff(chosen.claimId)).map((flag) => flag.code)).not.toContain('HOSPITAL_UNLISTED')
})

test('the directory filters by level', async () => {
  await http.post('staff', { action: 'import_hospitals', csv: GOOD }, STAFF)
  expect((await find({ level: 3 })).items.map((row) => row.name)).toEqual([
    '北京朝阳医院',
    '深圳市人民医院,南院',
  ])
  expect((await find({ level: 1 })).items).toEqual([])
})
