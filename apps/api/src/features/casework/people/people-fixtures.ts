/** A registration body as the dashboard sends it; tests override what they look at. */
export const newPerson = (over: Record<string, unknown> = {}) => ({
  alias: 'Rose',
  legalName: 'Rosine Mbarga',
  dateOfBirth: '1994-03-02',
  gender: 'woman',
  languages: ['fr', 'en'],
  contacts: [{ kind: 'whatsapp', value: '+237 6 99 00 11 22' }],
  notes: 'Sleeps near the canal',
  consent: { scopes: ['casework', 'store_contact'], language: 'fr', givenAt: new Date().toISOString() },
  ...over,
});
