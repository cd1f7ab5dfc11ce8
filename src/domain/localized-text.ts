import { z } from 'zod';

export { languages, type Lang } from './languages';

/** Every string a user sees exists in both languages; the schema makes a missing one a content error. */
export const LocalizedText = z.strictObject({
  en: z.string().trim().min(1),
  ja: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "primary-database"');

export const IsoDate = z.iso.date();
export const SourceUrl = z.url({ protocol: /^https$/ });
