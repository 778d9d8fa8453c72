// The supplement-deadline dispatcher over a real SQLite file: each reminder once however often it runs, none
// for a filing that no longer owes anything.
import { SUPPLEMENT_REMINDERS } from '@shared/policy/reminders'
import { addDays } from '@shared/time/calendar'
import { startReminders } from '../../server/runtime/reminder-timer'
import { remindSupplements } from '../../server/use-cases/notify/remind-supplements'
import { ALICE, data, dataOf, jilinWorker, type TempStore, tempStore, upload } from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

/** 吉林 常驻异地工作 with 承诺补充: the residence proof is owed by a deadline. */
const fileOwing = async (serial = 1) => {
  const filing = dataOf(
    'filing.submit',
    await store.call('filing', {
      action: 'submit',
      draft: jilinWorker(serial),
      idempotencyKey: `remind-key-${serial}`,
    }),
  )
  if (!filing.supplementDeadline) throw new Error('expected a supplement deadline')
  return { filingId: filing.filingId, deadline: filing.supplementDeadline }
}

/** 10:00 in Shanghai on `date`. */
const setToday = (date: string) => store.clock.set(`${date}T02:00:00.000Z`)

const reminders = () =>
  store.db
    .prepare(
      "SELECT id, payload FROM outbox WHERE kind = 'supplement_deadline' AND id LIKE 'nt_sd_%' ORDER BY id",
    )
    .all() as { id: string; payload: string }[]

const [farDays, nearDays] = [...SUPPLEMENT_REMINDERS.daysBefore].sort((a, b) => b - a)

test(`the ${farDays}-day reminder is written once however often the dispatcher runs`, async () => {
  const { filingId, deadline } = await fileOwing()
  setToday(addDays(deadline, -(farDays + 1)))
  expect((await remindSupplements(store.ports)).written).toBe(0)

  setToday(addDays(deadline, -farDays))
  expect(await remindSupplements(store.ports)).toEqual({ due: 1, written: 1 })
  expect(await remindSupplements(store.ports)).toEqual({ due: 1, written: 0 })
  setToday(addDays(deadline, -farDays + 1))
  expect((await remindSupplements(store.ports)).written).toBe(0)
  expect(reminders().map((row) => row.id)).toEqual([`nt_sd_${filingId}_${farDays}`])
  expect(JSON.parse(reminders()[0].payload)).toMatchObject({ recordId: filingId, deadline })
})

test(`the ${nearDays}-day reminder follows, once; past the deadline nothing more`, async () => {
  const { deadline } = await fileOwing()
  setToday(addDays(deadline, -farDays))
  await remindSupplements(store.ports)
  setToday(addDays(deadline, -nearDays))
  expect((await remindSupplements(store.ports)).written).toBe(1)
  expect((await remindSupplements(store.ports)).written).toBe(0)
  setToday(addDays(deadline, 1))
  expect(await remindSupplements(store.ports)).toEqual({ due: 0, written: 0 })
  expect(reminders()).toHaveLength(2)
})

test('a dispatcher that missed the early run sends only the nearest reminder, not both at once', async () => {
  const { filingId, deadline } = await fileOwing()
  setToday(addDays(deadline, -nearDays))
  expect((await remindSupplements(store.ports)).written).toBe(1)
  expect(reminders().map((row) => row.id)).toEqual([`nt_sd_${filingId}_${nearDays}`])
})

test('a filing supplemented before the reminder gets none', async () => {
  const { filingId, deadline } = await fileOwing()
  const fileID = await upload(store)
  data(
    await store.call('filing', {
      action: 'supplement',
      filingId,
      materials: [{ kind: 'residence_proof', fileID }],
    }),
  )
  for (const days of [farDays, nearDays, 0]) {
    setToday(addDays(deadline, -days))
    expect(await remindSupplements(store.ports)).toEqual({ due: 0, written: 0 })
  }
  expect(reminders()).toEqual([])
})

test('a cancelled filing gets none', async () => {
  const { filingId, deadline } = await fileOwing()
  data(await store.call('filing', { action: 'cancel', filingId, reason: '不去了' }))
  setToday(addDays(deadline, -nearDays))
  expect((await remindSupplements(store.ports)).written).toBe(0)
})

test('the reminder reaches its owner’s 消息 list, unread, opening the filing', async () => {
  const { filingId, deadline } = await fileOwing()
  setToday(addDays(deadline, -farDays))
  await remindSupplements(store.ports)
  const inbox = dataOf(
    'account.notifications',
    await store.call('account', { action: 'notifications' }, ALICE),
  )
  expect(inbox.items[0]).toMatchObject({
    kind: 'supplement_deadline',
    recordId: filingId,
    deadline,
    read: false,
    title: `就医地居住证明须在 ${farDays} 天内补交`,
  })
})

test('the local runtime’s timer runs the dispatcher at start and again, writing the reminder once', async () => {
  const { filingId, deadline } = await fileOwing()
  setToday(addDays(deadline, -nearDays))
  let runs = 0
  const counted = {
    ...store.ports,
    filings: {
      ...store.ports.filings,
      supplementDue: (from: string, until: string) => {
        runs += 1
        return store.ports.filings.supplementDue(from, until)
      },
    },
  }
  const lines: string[] = []
  const timer = startReminders(counted, (line) => lines.push(line), 10)
  while (runs < 4) await new Promise((resolve) => setTimeout(resolve, 10))
  await timer.stop()
  expect(reminders().map((row) => row.id)).toEqual([`nt_sd_${filingId}_${nearDays}`])
  expect(lines).toEqual(['supplement reminders: 1 written'])
})
