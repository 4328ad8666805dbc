// The page languages (docs/translations.md), free of zod so pages can import them without
// pulling the schema library into their bundles; shared/event.ts builds its schema on them.

/** One file each in client/i18n/; Arabic and Persian read from right to left. */
export const LOCALES = ["de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ro"] as const;
export type Locale = (typeof LOCALES)[number];
