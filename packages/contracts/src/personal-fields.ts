/**
 * Field names that hold credentials or personal data wherever they occur. The API's logger redacts
 * them; later features add their own (legal names, contacts, notes) here so redaction follows.
 */
export const PERSONAL_FIELDS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'totp',
  'code',
  'secret',
  'otpauthUrl',
  'recoveryCodes',
  'totpSecretEnc',
  'email',
  'displayName',
  'legalName',
  'dateOfBirth',
  'phone',
  'contactChannels',
  'contacts',
  'summary',
  'legalArguments',
  'personDecision',
  'address',
  'notes',
] as const;
