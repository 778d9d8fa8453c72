/** The web has no camera scan here: the invoice's fields are typed. */
export const canScanCodes = false

export const scanCode = async (): Promise<string | undefined> => undefined
