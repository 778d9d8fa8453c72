import { FILING_TYPE_LABELS } from '@shared/policy/vocabulary'
import type { AppError } from '@shared/result'
import type { ClaimView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import { useEffect, useMemo, useRef, useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import EstimateCard from '../../../../components/estimate-card'
import PageState from '../../../../components/page-state'
import PrivacyNotice from '../../../../components/privacy-notice'
import Tap from '../../../../components/tap'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { call } from '../../../../services/api'
import { pageQuery, replace } from '../../../../services/navigate'
import { preferences } from '../../../../services/preferences'
import { askForUpdates } from '../../../../services/subscribe'
import ChecklistSection from '../../checklist-section'
import { clearClaimDraft, loadClaimDraft, saveClaimDraft } from '../../claim-draft'
import { newClaimKey } from '../../claim-key'
import CaseSection from './case-section'
import {
  type ClaimForm,
  checklistOf,
  emptyClaimForm,
  errorsOf,
  errorsStillTrue,
  estimateOf,
  fromFiling,
  isUploading,
  parseClaim,
  uploadedMaterials,
} from './claim-form'
import EInvoiceSection from './e-invoice-section'
import PayeeSection from './payee-section'
import PersonSection from './person-section'
import type { SectionProps } from './section-props'
import './index.scss'

/** 申请手工报销: the form, the core's checklist and estimate, uploads; then create → attach → submit. */
export default function NewClaim() {
  const scale = useFontScale()
  const today = useMemo(() => todayInShanghai(new Date()), [])
  const filingId = useMemo(() => pageQuery().filingId, [])
  const stored = useMemo(() => loadClaimDraft(filingId), [filingId])
  const [form, setForm] = useState<ClaimForm>(
    () => stored?.form ?? emptyClaimForm(preferences().insuredRegion),
  )
  const [filingState, setFilingState] = useState<'none' | 'loading' | 'done' | AppError>(
    filingId ? 'loading' : 'none',
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [refusal, setRefusal] = useState<AppError>()
  const [sending, setSending] = useState(false)
  const sendingRef = useRef(false)
  const [key] = useState(() => stored?.idempotencyKey ?? newClaimKey())
  const created = useRef<ClaimView>()
  const attached = useRef(new Set<string>())

  const loadFiling = () => {
    if (!filingId) return
    setFilingState('loading')
    void call('filing.get', { filingId }).then((reply) => {
      if (!reply.ok) return setFilingState(reply.error)
      const label = `${FILING_TYPE_LABELS[reply.data.filingType]}，备案到${reply.data.target.name}`
      setForm((current) => fromFiling(current, reply.data, label))
      setFilingState('done')
    })
  }
  // Once, on open: the filing this claim starts from.
  // biome-ignore lint/correctness/useExhaustiveDependencies: loadFiling reads only the page query
  useEffect(loadFiling, [])

  // Every change is kept on the phone, and a red line goes as soon as what it said is fixed.
  useEffect(() => {
    saveClaimDraft(form, key)
    setErrors((shown) => errorsStillTrue(shown, form, key, today))
  }, [form, key, today])

  const change: SectionProps['change'] = (patch) =>
    setForm((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }))
  const checklist = checklistOf(form)
  const estimate = estimateOf(form)
  const uploadedKinds = new Set(uploadedMaterials(form).map((material) => material.kind))
  const missing = (refusal?.issues ?? [])
    .filter((issue) => issue.path.startsWith('materials.'))
    .map((issue) => issue.path.replace(/^materials\./, ''))
    .filter((kind) => !uploadedKinds.has(kind as never))
  const stillRefused =
    refusal && (refusal.code !== 'VALIDATION' || Object.keys(errors).length > 0 || missing.length > 0)

  const fail = (error: AppError) => {
    sendingRef.current = false
    setSending(false)
    setRefusal(error)
    if (error.code === 'VALIDATION') setErrors(errorsOf(error))
  }

  const send = async () => {
    const parsed = parseClaim(form, key, today)
    if (!parsed.ok) return fail(parsed.error)
    if (!created.current) {
      const reply = await call('claim.create', parsed.value)
      if (!reply.ok) return fail(reply.error)
      created.current = reply.data
    }
    const claimId = created.current.claimId
    const fresh = uploadedMaterials(form).filter((material) => !attached.current.has(material.fileID))
    if (fresh.length > 0) {
      const reply = await call('claim.attach', { claimId, materials: fresh })
      if (!reply.ok) return fail(reply.error)
      for (const material of fresh) attached.current.add(material.fileID)
    }
    const submitted = await call('claim.submit', { claimId })
    if (!submitted.ok) return fail(submitted.error)
    sendingRef.current = false
    clearClaimDraft()
    replace('claimDetail', { id: claimId })
  }

  const submit = () => {
    if (sendingRef.current || isUploading(form)) return
    // WeChat asks for consent only inside the tap itself, so before anything is awaited.
    void askForUpdates(['claim_status'])
    sendingRef.current = true
    setSending(true)
    setErrors({})
    setRefusal(undefined)
    void send()
  }

  if (filingState === 'loading')
    return (
      <View className="record" style={scale}>
        <PageState kind="loading" text="正在读取备案…" />
      </View>
    )
  if (typeof filingState === 'object')
    return (
      <View className="record" style={scale}>
        <PageState kind="error" text={filingState.message} onRetry={loadFiling} />
      </View>
    )
  return (
    <View className="record" style={scale}>
      <Text className="record-head__title">申请手工报销</Text>
      <Text className="record-section__hint">在外地看病没能直接结算、自己先垫付的费用，在这里申请报销。</Text>
      <PrivacyNotice>
        <PersonSection form={form} errors={errors} change={change} />
        <CaseSection form={form} errors={errors} change={change} today={today} />
        <EInvoiceSection form={form} errors={errors} change={change} today={today} />
        <ChecklistSection
          items={checklist}
          uploads={form.uploads}
          missing={missing}
          onUploads={(kind, update) =>
            setForm((current) => ({
              ...current,
              uploads: { ...current.uploads, [kind]: update(current.uploads[kind] ?? []) },
            }))
          }
        />
        <PayeeSection form={form} errors={errors} change={change} />
        {estimate && <EstimateCard estimate={estimate} />}
        {stillRefused && <ErrorBanner error={refusal} />}
        <Tap onTap={submit} busy={sending} disabled={isUploading(form)}>
          {sending ? '正在提交…' : isUploading(form) ? '等待上传完成…' : '提交报销申请'}
        </Tap>
      </PrivacyNotice>
    </View>
  )
}
