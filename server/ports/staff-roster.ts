/** Who works for the agency: the openids allowed to review, decide and print forms. */
export interface StaffRoster {
  includes(openid: string): Promise<boolean>
}
