/** The insured person as stored: the ID number sealed, matched by a keyed hash, shown only masked. */
export interface InsuredRecord {
  name: string
  phone: string
  idNumberSealed: string
  idHash: string
  idNumberMasked: string
}
