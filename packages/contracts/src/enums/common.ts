export const LOCALES = ['en', 'fr', 'ar', 'fa'] as const;
