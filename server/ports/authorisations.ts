/**
 * The insured person's consent that another account files and claims for them (代办): a family member they
 * invited (亲情账户), or one agency staff recorded after checking documents at a 窗口 or 服务站.
 */
export interface Authorisation {
  authorisationId: string
  /** The insured person, by the keyed hash of their ID number. */
  idHash: string
  insuredName: string
  idNumberMasked: string
  /** The inviting account (family) or the staff member who recorded it. */
  grantedBy: string
  via: 'family' | 'staff'
  status: 'invited' | 'active' | 'ended'
  /** The invitation code while invited; the authorised account once active. */
  code?: string
  proxy?: string
  note?: string
  version: number
  createdAt: string
  updatedAt: string
  expiresAt?: string
  endedBy?: string
}

export interface Authorisations {
  add(record: Authorisation): Promise<void>
  get(authorisationId: string): Promise<Authorisation | undefined>
  byCode(code: string): Promise<Authorisation | undefined>
  /** Invited or active, for the insured person. */
  forPerson(idHash: string): Promise<Authorisation[]>
  /** Active, where the account is the proxy. */
  forProxy(proxy: string): Promise<Authorisation[]>
  /** Compare-and-set on the version. */
  replace(record: Authorisation, expected: number): Promise<boolean>
}
