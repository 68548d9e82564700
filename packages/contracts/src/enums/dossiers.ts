export const DOSSIER_STATUSES = ['queued', 'running', 'ready', 'failed', 'expired'] as const;
/** Languages of exports and dossiers (headings, labels, vocabulary terms); data stays as recorded. */
export const EXPORT_LANGUAGES = ['en', 'fr'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];
