/** Every step in a file's chain of custody; the database keeps these rows append-only. */
export const CUSTODY_ACTIONS = [
  'uploaded',
  'viewed',
  'downloaded_original',
  'downloaded_working_copy',
  'exported',
  'verified',
] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];
