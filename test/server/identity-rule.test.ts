import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { runFunction } from '../../server/functions/run'
import type { Identities } from '../../server/ports/identity'
import { callOf } from '../../server/use-cases/call'
import { sealInsured } from '../../server/use-cases/seal-insured'
import { ROOT } from './server-process'
import {
  ALICE,
  BOB,
  draft,
  idNumber,
  inpatientClaim,
  overHttp,
  STAFF,
  type TempStore,
  tempStore,
  upload,
} from './support'

/**
 * Who may file and claim in a person's name, over HTTP on a real SQLite store with the development adapter:
 * each step is the request a client sends, nothing prepared behind the test's back.
 */
const MOTHER = 'openid-mother'
const SON = 'openid-son'
const STRANGER = 'openid-stranger'
const mother = { name: '王秀英', idNumber: idNumber('420105', 301), phone: '13800138001' }
const son = { name: '李明', idNumber: idNumber('420105', 302), phone: '13800138002' }

let store: TempStore
let http: Awaited<ReturnType<typeof overHttp>>
let keys = 0

beforeEach(async () => {
  store = tempStore()
  http = await overHttp(store)
})
afterEach(async () => {
  await http.close()
  await store.dispose()
})

const post = (name: string, event: object, openid: string) => http.postAsIs(name, event, openid)
const verify = (openid: string, person: { name: string; idNumber: string }) =>
  post('identity', { action: 'verify', name: person.name, idNumber: person.idNumber }, openid)
const submit = (openid: string, overrides: Parameters<typeof draft>[0]) =>
  post(
    'filing',
    { action: 'submit', draft: draft(overrides), idempotencyKey: `identity-key-${++keys}` },
    openid,
  )
const forMother = {
  insured: mother,
  relation: 'child' as const,
  commitment: { accepted: true, proxyConsent: true },
}
const invite = async () =>
  (await post('identity', { action: 'invite' }, MOTHER)).body.data as {
    code: string
    authorisationId: string
  }

describe('filing for yourself', () => {
  test('an unverified caller cannot file for any ID number, and nothing is written', async () => {
    const reply = await submit(STRANGER, { insured: mother })
    expect(reply.status).toBe(403)
    expect(reply.body.error.message).toContain('请先完成实名认证')
    expect(store.count('filings')).toBe(0)
  })

  test('a verified person files for themself; another ID number as 本人 is refused', async () => {
    expect((await verify(MOTHER, mother)).status).toBe(200)
    const own = await submit(MOTHER, { insured: mother })
    expect(own.status).toBe(200)
    expect(own.body.data.history[0]).toMatchObject({ action: 'submit', by: 'applicant' })
    const other = await submit(MOTHER, { insured: son, filingType: 'temporary' })
    expect(other.status).toBe(403)
    expect(other.body.error.message).toContain('身份证号与您认证的身份不一致')
    expect(store.count('filings')).toBe(1)
  })

  test('an unverified caller is refused every filing and claim write, in Chinese, and nothing changes', async () => {
    await verify(MOTHER, mother)
    const filing = (await submit(MOTHER, { insured: mother, filingType: 'temporary' })).body.data
    const claim = (
      await post(
        'claim',
        { action: 'create', ...inpatientClaim({ insured: mother }), idempotencyKey: 'cl-key-1' },
        MOTHER,
      )
    ).body.data
    // The account's binding moves to another phone: this account is no longer verified.
    await verify('openid-mother-new-phone', mother)
    const fileID = await upload(store, MOTHER)
    const attempts: [string, object][] = [
      [
        'filing',
        { action: 'submit', draft: draft({ insured: mother }), idempotencyKey: 'identity-unverified' },
      ],
      [
        'filing',
        { action: 'supplement', filingId: filing.filingId, materials: [{ kind: 'residence_proof', fileID }] },
      ],
      ['filing', { action: 'change', filingId: filing.filingId, destination: '310101' }],
      ['filing', { action: 'cancel', filingId: filing.filingId, reason: '不去了' }],
      ['claim', { action: 'create', ...inpatientClaim({ insured: mother }), idempotencyKey: 'cl-key-2' }],
      ['claim', { action: 'attach', claimId: claim.claimId, materials: [{ kind: 'invoice', fileID }] }],
      ['claim', { action: 'submit', claimId: claim.claimId }],
      ['claim', { action: 'withdraw', claimId: claim.claimId }],
    ]
    const before = store.db
      .prepare(
        'SELECT group_concat(version) AS v FROM (SELECT version FROM filings UNION ALL SELECT version FROM claims)',
      )
      .get()
    for (const [name, event] of attempts) {
      const reply = await post(name, event, MOTHER)
      expect([name, (event as { action: string }).action, reply.status]).toEqual([
        name,
        (event as { action: string }).action,
        403,
      ])
      expect(reply.body.error.message).toContain('请先完成实名认证')
    }
    expect(
      store.db
        .prepare(
          'SELECT group_concat(version) AS v FROM (SELECT version FROM filings UNION ALL SELECT version FROM claims)',
        )
        .get(),
    ).toMatchObject({ v: (before as { v: string }).v })
    expect([store.count('filings'), store.count('claims')]).toEqual([1, 1])
  })
})

describe('代办: filing for someone who authorised you', () => {
  test('an invited family member files 代办; an uninvited one is refused', async () => {
    await verify(MOTHER, mother)
    await verify(SON, son)
    await verify(STRANGER, { name: '赵五', idNumber: idNumber('420105', 303) })
    const refused = await submit(SON, forMother)
    expect(refused.status).toBe(403)
    expect(refused.body.error.message).toContain('尚未授权您代办')

    const { code } = await invite()
    expect(code).toMatch(/^[0-9A-F]{12}$/)
    const accepted = await post('identity', { action: 'accept', code }, SON)
    expect(accepted.status).toBe(200)
    const filed = await submit(SON, forMother)
    expect(filed.status).toBe(200)
    expect(filed.body.data.history[0]).toMatchObject({ by: 'proxy' })
    expect((await submit(STRANGER, forMother)).status).toBe(403)
    expect(store.count('filings')).toBe(1)
  })

  test('an invitation works once: used twice, or by a third account, it is refused', async () => {
    await verify(MOTHER, mother)
    await verify(SON, son)
    await verify(STRANGER, { name: '赵五', idNumber: idNumber('420105', 303) })
    const { code } = await invite()
    expect((await post('identity', { action: 'accept', code }, SON)).status).toBe(200)
    for (const account of [SON, STRANGER]) {
      const again = await post('identity', { action: 'accept', code }, account)
      expect(again.status).toBe(409)
      expect(again.body.error.message).toContain('已被使用')
    }
    expect((await post('identity', { action: 'accept', code }, MOTHER)).status).toBe(409)
    const unknown = await post('identity', { action: 'accept', code: '0123456789AB' }, STRANGER)
    expect(unknown.status).toBe(404)
    expect((await submit(STRANGER, forMother)).status).toBe(403)
  })

  test('an unverified account cannot invite or accept, and the member cap holds', async () => {
    expect((await post('identity', { action: 'invite' }, MOTHER)).body.error.message).toContain('实名认证')
    await verify(MOTHER, mother)
    for (let n = 0; n < 5; n++)
      expect((await post('identity', { action: 'invite' }, MOTHER)).status).toBe(200)
    const sixth = await post('identity', { action: 'invite' }, MOTHER)
    expect(sixth.status).toBe(409)
    expect(sixth.body.error.message).toContain('最多可添加 5 位家庭成员')
  })

  test('either side can end it; afterwards the family member is refused', async () => {
    await verify(MOTHER, mother)
    await verify(SON, son)
    const { code } = await invite()
    const { authorisationId } = (await post('identity', { action: 'accept', code }, SON)).body.data
    expect((await post('identity', { action: 'members' }, MOTHER)).body.data.granted).toHaveLength(1)
    expect((await post('identity', { action: 'end', authorisationId }, STRANGER)).status).toBe(404)
    expect((await post('identity', { action: 'end', authorisationId }, MOTHER)).status).toBe(200)
    expect((await submit(SON, forMother)).status).toBe(403)
    expect((await post('identity', { action: 'members' }, SON)).body.data.received).toEqual([])
  })

  test('staff record an authorisation made at the window; the proxy then files, and claims follow the same rule', async () => {
    await verify(SON, son)
    expect(
      (
        await post(
          'claim',
          { action: 'create', ...inpatientClaim({ insured: mother }), idempotencyKey: 'cl-proxy-1' },
          SON,
        )
      ).status,
    ).toBe(403)
    const recorded = await post(
      'staff',
      {
        action: 'authorise',
        insured: { name: mother.name, idNumber: mother.idNumber },
        proxy: SON,
        note: '窗口核验身份证原件',
      },
      STAFF,
    )
    expect(recorded.status).toBe(200)
    expect(recorded.body.data).toMatchObject({ via: 'staff', status: 'active' })
    expect((await submit(SON, forMother)).status).toBe(200)
    const claim = await post(
      'claim',
      { action: 'create', ...inpatientClaim({ insured: mother }), idempotencyKey: 'cl-proxy-2' },
      SON,
    )
    expect(claim.status).toBe(200)
    expect(claim.body.data.history[0]).toMatchObject({ by: 'proxy' })
    expect(
      (await post('staff', { action: 'authorise', insured: mother, proxy: SON, note: 'x' }, ALICE)).status,
    ).toBe(403)
  })
})

/** How a filing was made before the rule existed: relation 'self' was believed, whoever the caller was. */
const believingEveryone = (store: TempStore): Identities => ({
  of: async (openid) => {
    const sealed = sealInsured(callOf(openid, store.ports), mother)
    return { openid, person: sealed, method: 'development', verifiedAt: '2026-04-01T00:00:00.000Z' }
  },
  bind: async () => ({ bound: true }),
})

describe('remedies for a filing made in your name', () => {
  test('the victim sees it, reports it, staff void it, and the victim then files; the audit shows every step', async () => {
    // The attack, as it was possible before: a long-term filing for the mother's ID number by a stranger.
    const attack = await runFunction(
      'filing',
      {
        action: 'submit',
        draft: draft({ insured: mother, filingType: 'retiree_resettled', insuranceType: 'employee' }),
        idempotencyKey: 'attack-1',
      },
      STRANGER,
      { ...store.ports, identities: believingEveryone(store) },
    )
    if (!attack.ok) throw new Error(JSON.stringify(attack))
    const attackId = (attack.data as { filingId: string }).filingId

    // A stranger probing the ID number learns nothing: refused before the one-long-term-filing check.
    await verify(BOB, son)
    const probe = await submit(BOB, { insured: mother })
    expect(probe.status).toBe(403)
    expect(JSON.stringify(probe.body)).not.toContain('长期备案')

    await verify(MOTHER, mother)
    const blocked = await submit(MOTHER, { insured: mother })
    expect(blocked.status).toBe(409)
    expect(blocked.body.error.message).toContain('已有一份生效中的长期备案')

    const list = (await post('filing', { action: 'list' }, MOTHER)).body.data.items
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ filingId: attackId, filedByOther: true })
    expect((await post('filing', { action: 'get', filingId: attackId }, MOTHER)).status).toBe(200)
    // Seeing is not managing: only its maker may change it, and a stranger cannot report it.
    expect((await post('filing', { action: 'cancel', filingId: attackId, reason: 'x' }, MOTHER)).status).toBe(
      404,
    )
    expect((await post('filing', { action: 'report', filingId: attackId, note: '不是我' }, BOB)).status).toBe(
      404,
    )

    const reported = await post(
      'filing',
      { action: 'report', filingId: attackId, note: '本人从未办理，也未委托他人' },
      MOTHER,
    )
    expect(reported.status).toBe(200)
    expect(reported.body.data.reported).toBe(true)
    const queue = (await post('staff', { action: 'queue', kind: 'filing' }, STAFF)).body.data.items
    expect(queue.map((item: { filingId: string }) => item.filingId)).toContain(attackId)

    const noNote = await post(
      'staff',
      { action: 'decide', kind: 'filing', id: attackId, decision: 'void' },
      STAFF,
    )
    expect(noNote.status).toBe(400)
    const voided = await post(
      'staff',
      {
        action: 'decide',
        kind: 'filing',
        id: attackId,
        decision: 'void',
        note: '参保人报告非本人办理，经核实作废',
      },
      STAFF,
    )
    expect(voided.status).toBe(200)
    expect(voided.body.data.status).toBe('cancelled')
    expect(voided.body.data.history.at(-1)).toMatchObject({ action: 'void', by: 'staff', staffId: STAFF })
    // The 医保信息平台 hears of it as it hears of a rejection that ends a filing: its registration is voided.
    expect(
      store.db
        .prepare('SELECT operation, reason FROM registration_outbox WHERE filing_id = ? ORDER BY seq')
        .all(attackId),
    ).toEqual([
      { operation: 'register', reason: null },
      { operation: 'void', reason: '参保人报告非本人办理，经核实作废' },
    ])
    expect(
      (
        await post(
          'staff',
          { action: 'decide', kind: 'filing', id: attackId, decision: 'void', note: '再次' },
          STAFF,
        )
      ).status,
    ).toBe(409)

    const filed = await submit(MOTHER, { insured: mother })
    expect(filed.status).toBe(200)

    const audit = store.db.prepare('SELECT actor, action, record_id FROM audit_log ORDER BY seq').all()
    expect(audit).toEqual([
      { actor: MOTHER, action: 'report', record_id: attackId },
      { actor: STAFF, action: 'void', record_id: attackId },
    ])
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/audit.ts'), '--since', '2026-05-01'],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: store.dataDir },
      },
    )
    expect(stdout).toMatch(new RegExp(`\\t${STAFF}\\tvoid\\tfiling:${attackId}\\t参保人报告非本人办理`))
    expect(stdout).toMatch(new RegExp(`\\t${MOTHER}\\treport\\tfiling:${attackId}`))
  })

  test('a verified person sees claims made in their name by an authorised proxy', async () => {
    await verify(MOTHER, mother)
    await verify(SON, son)
    const { code } = await invite()
    await post('identity', { action: 'accept', code }, SON)
    const created = await post(
      'claim',
      { action: 'create', ...inpatientClaim({ insured: mother }), idempotencyKey: 'claim-seen-1' },
      SON,
    )
    if (created.status !== 200) throw new Error(JSON.stringify(created.body))
    const claim = created.body.data
    const items = (await post('claim', { action: 'list' }, MOTHER)).body.data.items
    expect(items).toEqual([expect.objectContaining({ claimId: claim.claimId, filedByOther: true })])
  })
})

describe('staff duties and the audit', () => {
  const submittedClaim = async (openid: string, insured: typeof mother, key: string) => {
    const claim = (
      await post('claim', { action: 'create', ...inpatientClaim({ insured }), idempotencyKey: key }, openid)
    ).body.data
    const materials = await Promise.all(
      claim.missingMaterials.map(async ({ kind }: { kind: string }) => ({
        kind,
        fileID: await upload(store, openid),
      })),
    )
    await post('claim', { action: 'attach', claimId: claim.claimId, materials }, openid)
    const submitted = await post('claim', { action: 'submit', claimId: claim.claimId }, openid)
    expect(submitted.status).toBe(200)
    return claim.claimId as string
  }

  /** Approving a claim records the fund's figure, explained where it differs from the estimate. */
  const APPROVE = { decision: 'approve', approvedAmount: 100, note: '按票据核定支付金额' }

  test('staff cannot decide on their own claim, one in their name, or one they are a proxy for; another reviewer can', async () => {
    const staffSelf = { name: '钱经办', idNumber: idNumber('420105', 401), phone: '13800138003' }
    await verify(STAFF, staffSelf)
    const own = await submittedClaim(STAFF, staffSelf, 'staff-own')
    const refused = await post('staff', { action: 'decide', kind: 'claim', id: own, ...APPROVE }, STAFF)
    expect(refused.status).toBe(403)
    expect(refused.body.error.message).toContain('不能审核本事项')

    await verify(MOTHER, mother)
    const { code } = await invite()
    await post('identity', { action: 'accept', code }, STAFF)
    const mothers = await submittedClaim(MOTHER, mother, 'mother-own')
    expect(
      (await post('staff', { action: 'decide', kind: 'claim', id: mothers, ...APPROVE }, STAFF)).status,
    ).toBe(403)

    // A second reviewer, listed in the staff table, decides; the history names them.
    store.db.prepare('INSERT INTO staff (openid, added_at) VALUES (?, ?)').run('staff-openid-2', '2026-05-01')
    const approved = await post(
      'staff',
      { action: 'decide', kind: 'claim', id: own, ...APPROVE },
      'staff-openid-2',
    )
    expect(approved.status).toBe(200)
    expect(approved.body.data.history.at(-1)).toMatchObject({
      action: 'approve',
      by: 'staff',
      staffId: 'staff-openid-2',
    })
    const audit = store.db
      .prepare("SELECT actor, action FROM audit_log WHERE action NOT LIKE 'family%'")
      .all()
    expect(audit).toEqual([{ actor: 'staff-openid-2', action: 'approve' }])
  })

  test('the audit table is append-only: an update or delete is refused by the store itself', async () => {
    await verify(MOTHER, mother)
    await invite()
    expect(store.count('audit_log')).toBe(1)
    expect(() => store.db.prepare("UPDATE audit_log SET actor = 'someone'").run()).toThrow(/append-only/)
    expect(() => store.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    expect(store.count('audit_log')).toBe(1)
  })
})
