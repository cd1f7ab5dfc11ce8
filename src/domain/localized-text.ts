import { z } from 'zod';

export { languages, type Lang } from './languages';

/**
 * Upper bounds far above any real content (the longest text is about 500 characters, the longest
 * URL 200), so a pasted file or a runaway value is a content error rather than megabytes shipped.
 */
const maxTextLength = 2000;
const maxUrlLength = 2048;
const maxIdLength = 64;

/** Every string a user sees exists in both languages; the schema makes a missing one a content error. */
export const LocalizedText = z.strictObject({
  en: z.string().trim().min(1).max(maxTextLength),
  ja: z.string().trim().min(1).max(maxTextLength),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Id = z
  .string()
  .max(maxIdLength)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "primary-database"');

export const IsoDate = z.iso.date();
export const SourceUrl = z.url({ protocol: /^https$/ }).max(maxUrlLength);
