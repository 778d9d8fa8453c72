import type { DataOf } from '@shared/contract'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { CallState } from '../../hooks/use-call'
import { call } from '../../services/api'
import type { FormDraft } from './form-draft'
import { filledFrom, lookupSubject } from './insured-lookup'

type Change = (patch: Partial<FormDraft> | ((form: FormDraft) => Partial<FormDraft>)) => void

export type IdentityState = CallState<DataOf<'identity.status'>>
export type MembersState = CallState<DataOf<'identity.members'>>

/**
 * Who files, and for whom: the caller's verified identity (为本人办理), the people who authorised them (代办),
 * and the 医保信息平台's look-up of the insured person once known. Asked again each time the page shows, so a
 * person back from 实名认证 finds their draft filled in.
 */
export function useFiler(form: FormDraft, change: Change, onPersonStep: boolean) {
  const [identity, setIdentity] = useState<IdentityState>({ status: 'idle' })
  const [members, setMembers] = useState<MembersState>({ status: 'idle' })

  const loadIdentity = () => {
    setIdentity({ status: 'loading' })
    void call('identity.status', {}).then((reply) => {
      if (!reply.ok) return setIdentity({ status: 'error', error: reply.error })
      setIdentity({ status: 'done', data: reply.data })
      const { verified, name, idNumberMasked } = reply.data
      change(() => ({ identity: verified && name && idNumberMasked ? { name, idNumberMasked } : undefined }))
    })
  }
  const loadMembers = () => {
    setMembers({ status: 'loading' })
    void call('identity.members', {}).then((reply) =>
      setMembers(reply.ok ? { status: 'done', data: reply.data } : { status: 'error', error: reply.error }),
    )
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: on each choice of 为谁办理 only
  useEffect(() => {
    if (form.who === 'self') loadIdentity()
    if (form.who === 'family') loadMembers()
  }, [form.who])
  // Back from 实名认证 (or from anywhere): the first showing is the effect's above.
  const shown = useRef(false)
  useDidShow(() => {
    if (!shown.current) {
      shown.current = true
      return
    }
    if (form.who === 'self') loadIdentity()
    if (form.who === 'family') loadMembers()
  })

  const subject = lookupSubject(form)
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per person, and again after 重新查询
  useEffect(() => {
    if (!onPersonStep || !subject || form.lookup?.for === subject.key) return
    const key = subject.key
    change({ lookup: { for: key, state: 'checking' } })
    void call('filing.lookup', subject.insured ? { insured: subject.insured } : {}).then((reply) =>
      change((current) => {
        if (current.lookup?.for !== key) return {}
        if (!reply.ok) return { lookup: { for: key, state: 'failed', error: reply.error } }
        return {
          lookup: { for: key, state: 'done', answer: reply.data },
          ...(reply.data.outcome === 'insured' ? filledFrom(reply.data, current) : {}),
        }
      }),
    )
  }, [onPersonStep, subject?.key, form.lookup === undefined])

  return {
    identity,
    members,
    retryIdentity: loadIdentity,
    retryMembers: loadMembers,
    retryLookup: () => change({ lookup: undefined }),
  }
}

export type Filer = ReturnType<typeof useFiler>
