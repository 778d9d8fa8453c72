import {
  ALICE,
  data,
  dataOf,
  draft,
  errorOf,
  filingOf,
  filingsIn,
  idNumber,
  jilinWorker,
  STAFF,
  type TempStore,
  tempStore,
  upload,
} from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

const supplemented = async () => {
  const filing = dataOf(
    'filing.submit',
    await store.call('filing', { action: 'submit', draft: jilinWorker(123), idempotencyKey: 'filing-key-1' }),
  )
  const fileID = await upload(store)
  data(
    await store.call('filing', {
      action: 'supplement',
      filingId: filing.filingId,
      materials: [{ kind: 'residence_proof', fileID }],
    }),
  )
  return filing.filingId
}

const decide = (id: string, decision: string, note?: string) =>
  store.call('staff', { action: 'decide', kind: 'filing', id, decision, ...(note ? { note } : {}) }, STAFF)

test('staff approve supplemented materials and the applicant is told', async () => {
  const id = await supplemented()
  const approved = filingOf(await decide(id, 'approve'))
  expect(approved).toMatchObject({ status: 'effective', review: 'approved' })
  expect((await store.ports.outbox.pending()).map((note) => note.kind)).toEqual([
    'supplement_deadline',
    'filing_status',
  ])
  expect(errorOf(await decide(id, 'approve')).code).toBe('CONFLICT')
})

test('asking for more makes the material owed again: the filing is pending until it comes', async () => {
  const id = await supplemented()
  const more = filingOf(await decide(id, 'request_more', '居住证明照片看不清'))
  expect(more.status).toBe('pending_supplement')
  expect(more.outstandingMaterials.map((item) => item.kind)).toEqual(['residence_proof'])
})

test('rejecting supplemented materials ends the filing', async () => {
  const id = await supplemented()
  expect(filingOf(await decide(id, 'reject', '材料不真实')).status).toBe('cancelled')
})

test('the queue filters by computed status', async () => {
  const id = await supplemented()
  const effective = filingsIn(
    await store.call('staff', { action: 'queue', kind: 'filing', status: 'effective' }, STAFF),
  )
  expect(effective.map((item) => item.filingId)).toEqual([id])
  expect(
    filingsIn(await store.call('staff', { action: 'queue', kind: 'filing', status: 'expired' }, STAFF)),
  ).toEqual([])
})

test('the annex-1 form carries the Ganzhou fields with the ID number masked', async () => {
  const ganzhou = draft({
    insuredRegion: '360700',
    filingType: 'referral',
    insured: { name: '钱七', idNumber: idNumber('360702', 9), phone: '13500135000' },
    referral: { fromHospital: '赣州市人民医院', diagnosis: '冠心病', summary: '需介入治疗' },
    contact: { address: '赣州市章贡区某路 1 号', postcode: '341000', workUnit: '某公司' },
  })
  const filing = dataOf(
    'filing.submit',
    await store.call('filing', { action: 'submit', draft: ganzhou, idempotencyKey: 'filing-key-2' }, ALICE),
  )
  const form = dataOf(
    'staff.form',
    await store.call('staff', { action: 'form', filingId: filing.filingId }, STAFF),
  )
  expect(form).toMatchObject({
    title: '江西省医疗保险异地备案表',
    basis: { doc: '赣市医保字〔2019〕21号', clause: '一(二)、附件1' },
    姓名: '钱七',
    备案类型: '异地转诊人员',
    参保类型: '城镇职工',
    转入地市: '北京市',
    转出医疗机构: '赣州市人民医院',
    初步诊断: '冠心病',
    邮政编码: '341000',
  })
  expect(form.身份证号).toMatch(/^3607\*+\d{3}[\dX]$/)
})

test('a Hubei filing prints the generic form, titled for the region, naming no Jiangxi form or field', async () => {
  const hubei = draft({
    insuredRegion: '420100',
    filingType: 'temporary',
    insured: { name: '孙八', idNumber: idNumber('420102', 11), phone: '13600136000' },
  })
  const filing = dataOf(
    'filing.submit',
    await store.call('filing', { action: 'submit', draft: hubei, idempotencyKey: 'filing-key-hubei' }, ALICE),
  )
  const form = dataOf(
    'staff.form',
    await store.call('staff', { action: 'form', filingId: filing.filingId }, STAFF),
  )
  expect(form).toMatchObject({
    title: '异地就医备案表（参保地：湖北省武汉市）',
    basis: { doc: '本程序服务规则', clause: '备案表' },
    备案类型: '其他临时外出就医人员',
    就医地: filing.target.name,
    备案有效期至: filing.validUntil,
  })
  expect(form.note).toContain('以参保地表格为准')
  expect(JSON.stringify(form)).not.toMatch(/江西|门诊特殊慢性病定点医院|就医地市/)
})
