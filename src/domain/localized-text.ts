import { z } from 'zod';

export { languages, type Lang } from './languages';

/**
 * Upper bounds far above any real content (the longest text is about 500 characters, the longest
 * URL 200), so a pasted file or a runaway value is a content error rather than megabytes shipped.
 */
const maxTextLength = 2000;
const maxUrlLength = 2048;
const maxIdLength = 64;

const Bilingual = z.strictObject({
  en: z.string().trim().min(1).max(maxTextLength),
  ja: z.string().trim().min(1).max(maxTextLength),
});

/** A text in both languages: how content/ is written and how the app's own messages are defined. */
export type LocalizedText = z.infer<typeof Bilingual>;

/**
 * A content text as a piece of the app holds it: both languages where content was parsed from
 * content/ (the command line, the build, the tests), the page's language only in the browser,
 * which downloads one (src/app/content-in-language.ts). Showing one goes through `localize`, and
 * nothing may count on both being there: the union makes `.en` or `.ja` a type error.
 */
export type Text = LocalizedText | string;

/**
 * Every string a user sees exists in both languages; the schema makes a missing one a content
 * error. What it parses is typed as a `Text`, so the content's types also fit one language.
 */
export const ContentText: z.ZodType<Text, LocalizedText> = Bilingual;

export const Id = z
  .string()
  .max(maxIdLength)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "primary-database"');

export const IsoDate = z.iso.date();
export const SourceUrl = z.url({ protocol: /^https$/ }).max(maxUrlLength);
