export const DOSSIER_STATUSES = ['queued', 'running', 'ready', 'failed', 'expired'] as const;
