import { PRIVACY_CONTACT } from '@shared/policy/privacy'
import { readStored, writeStored } from './storage'

const KEY = 'yidi.privacyNotice'

/** Whether the person has read and accepted this version of the notice on this phone. */
export const privacyAcknowledged = (): boolean => readStored<string>(KEY) === PRIVACY_CONTACT.version

export const acknowledgePrivacy = (): void => {
  writeStored(KEY, PRIVACY_CONTACT.version)
}
