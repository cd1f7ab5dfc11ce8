/**
 * The languages the product speaks. Kept apart from the zod schemas in localized-text.ts so the
 * browser's first screens can name the languages without loading zod.
 */
export const languages = ['en', 'ja'] as const;
export type Lang = (typeof languages)[number];
