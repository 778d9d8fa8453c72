// 消息 names the material and the decision: "备案补充材料审核通过" alone does not say which paper passed.
import { addDays } from '@shared/time/calendar'
import { remindSupplements } from '../../server/use-cases/notify/remind-supplements'
import { data, dataOf, jilinWorker, STAFF, type TempStore, tempStore, upload } from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

const titles = async () => {
  const list = dataOf('account.notifications', await store.call('account', { action: 'notifications' }))
  return list.items.map((item) => item.title)
}

const fileAndSupplement = async (serial: number) => {
  const filing = dataOf(
    'filing.submit',
    await store.call('filing', {
      action: 'submit',
      draft: jilinWorker(serial),
      idempotencyKey: `titles-${serial}`,
    }),
  )
  return filing
}

test('the 承诺补充 reminder and its countdown name the material owed', async () => {
  const filing = await fileAndSupplement(1)
  expect(await titles()).toEqual(['异地就医备案待补充：就医地居住证明'])
  store.clock.set(`${addDays(filing.supplementDeadline!, 0)}T02:00:00.000Z`)
  await remindSupplements(store.ports)
  expect((await titles())[0]).toBe('今天是补交就医地居住证明的最后一天')
})

test.each([
  ['approve', '备案补充材料（就医地居住证明）审核通过'],
  ['request_more', '备案补充材料（就医地居住证明）需重新提交'],
  ['reject', '备案补充材料（就医地居住证明）不予通过，备案终止'],
] as const)(
  'a staff decision (%s) on supplemented materials names the material and the decision',
  async (decision, title) => {
    const filing = await fileAndSupplement(2)
    data(
      await store.call('filing', {
        action: 'supplement',
        filingId: filing.filingId,
        materials: [{ kind: 'residence_proof', fileID: await upload(store) }],
      }),
    )
    data(
      await store.call(
        'staff',
        { action: 'decide', kind: 'filing', id: filing.filingId, decision, note: '照片不清楚' },
        STAFF,
      ),
    )
    expect((await titles())[0]).toBe(title)
  },
)
