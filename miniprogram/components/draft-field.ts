/** What a field component (TextField, DateField, ChoiceGroup, RegionField) takes from one key of a draft. */
interface DraftField<V> {
  name: string
  value: V
  onChange: (value: V) => void
  error?: string
}

/**
 * Ties fields to a draft: `field(key, name)` gives the draft's value at `key`, a change of that key alone, and
 * the error the core's schema reported under `name` (the draft path, e.g. 'payee.bankName'; the key by default).
 * Spread it into the field: `<TextField label="开户银行" {...field('payeeBank', 'payee.bankName')} />`.
 */
export const draftFields =
  <D extends object>(draft: D, change: (patch: Partial<D>) => void, errors: Record<string, string>) =>
  <K extends keyof D & string>(key: K, name: string = key): DraftField<D[K]> => ({
    name,
    value: draft[key],
    onChange: (value) => {
      const patch: Partial<D> = {}
      patch[key] = value
      change(patch)
    },
    error: errors[name],
  })
