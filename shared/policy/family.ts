/**
 * 亲情账户: how many family members one insured person may authorise, and how long an invitation stays open.
 * Product settings, not notice rules (the national app caps its family accounts similarly); an agency may
 * change them here.
 */
export const FAMILY_MEMBER_CAP = 5
export const INVITATION_HOURS = 72
