export const SESSION_SCOPES = ['full', 'mfa_enrolment'] as const;
