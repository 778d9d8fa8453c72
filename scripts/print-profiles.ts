// Prints every profile's rules as the code holds them, as a Markdown table per profile.
import { MATERIAL_LABELS } from '@shared/policy/materials'
import type { FilingTypeRule } from '@shared/policy/profile.schema'
import { PROFILES } from '@shared/policy/profiles'
import { FILING_TYPE_LABELS, type FilingType } from '@shared/policy/vocabulary'

type Row = { value: unknown; source: { doc: string; clause: string }; illustrative?: boolean }
const cite = (row: Row) => `${row.source.clause}${row.illustrative ? '（示例）' : ''}`

const describe = (rule: FilingTypeRule): string[] => {
  const lock = rule.changeLock.value
  const materials = rule.materials.map(
    (material) =>
      `${MATERIAL_LABELS[material.kind].split('（')[0]}${material.replaceableByCommitment ? '·可承诺替代' : ''}${material.supplyLater ? '·可后补' : ''} ${material.source.clause}`,
  )
  return [
    rule.validityMonths.value === null
      ? `长期 ${cite(rule.validityMonths)}`
      : `${rule.validityMonths.value}个月 ${cite(rule.validityMonths)}`,
    rule.backdateDays.value === null
      ? `不限 ${cite(rule.backdateDays)}`
      : `${rule.backdateDays.value}日 ${cite(rule.backdateDays)}`,
    materials.join('；') || '无',
    rule.supplement
      ? `${rule.supplement.value.effective === 'on_supplement' ? '补充后生效' : '提交即生效'}，${rule.supplement.value.deadlineDays}日内补 ${cite(rule.supplement)}`
      : '—',
    lock.kind === 'none'
      ? `随时 ${cite(rule.changeLock)}`
      : `${lock.months}个月${lock.condition === 'after_costs' ? '（发生费用后）' : ''} ${cite(rule.changeLock)}`,
    `${rule.suspendsHomeSettlement.value ? '暂停' : '不暂停'} ${cite(rule.suspendsHomeSettlement)}`,
    rule.settlementLimit
      ? `门诊/住院各${rule.settlementLimit.value.inpatient}次 ${cite(rule.settlementLimit)}`
      : '—',
    `−${rule.ratioReductionPoints.value} ${cite(rule.ratioReductionPoints)}`,
  ]
}

for (const profile of PROFILES) {
  console.log(
    `\n### ${profile.id} — ${profile.name} (types: ${profile.offeredTypesSource.doc} ${profile.offeredTypesSource.clause})`,
  )
  console.log(
    '| type | validity | backdate | materials | supplement | change/cancel lock | home settlement | settlement limit | ratio pts |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const [type, rule] of Object.entries(profile.types)) {
    console.log(`| ${FILING_TYPE_LABELS[type as FilingType]} | ${describe(rule!).join(' | ')} |`)
  }
  const money = profile.reimbursement
  console.log(
    `\nstarts from admission: ${profile.startsFromAdmission.value} (${cite(profile.startsFromAdmission)}); unfiled reduction: ${money.unfiledReductionPoints.value} pts (${cite(money.unfiledReductionPoints)}), emergency exempt: ${money.unfiledEmergencyExempt.value} (${cite(money.unfiledEmergencyExempt)}); deductible/ratio/cap: ${money.baseRatio.illustrative ? 'example values' : 'configured'}`,
  )
}
