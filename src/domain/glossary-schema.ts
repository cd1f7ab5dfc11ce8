import { z } from 'zod';
import { Id } from './localized-text';
import { showUntrusted } from './show-untrusted';

/** A word or phrase as it appears in copy: one line, no surrounding spaces. */
const Phrase = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\n]*$/, 'expected one line');

/**
 * One concept and the one name it has in each language. `avoid` lists the names that must not
 * appear in that language's copy (matched as written, case included), so a mentor who types an
 * old or literal name is told which term to use instead.
 */
export const GlossaryTerm = z
  .strictObject({
    id: Id,
    en: Phrase,
    ja: Phrase,
    avoid: z
      .strictObject({
        en: z.array(Phrase).default([]),
        ja: z.array(Phrase).default([]),
      })
      .default({ en: [], ja: [] }),
    /** Why this name, for the mentor; never shown to users. */
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .superRefine((term, ctx) => {
    for (const lang of ['en', 'ja'] as const) {
      term.avoid[lang].forEach((variant, index) => {
        if (term[lang].includes(variant)) {
          ctx.addIssue({
            code: 'custom',
            path: ['avoid', lang, index],
            message: `"${showUntrusted(variant)}" is part of the term itself, so no copy could use the term`,
          });
        }
      });
    }
  });
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const Glossary = z
  .strictObject({ terms: z.array(GlossaryTerm).min(1) })
  .superRefine((glossary, ctx) => {
    const seen = new Set<string>();
    glossary.terms.forEach((term, index) => {
      if (seen.has(term.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['terms', index, 'id'],
          message: `"${term.id}" is listed twice`,
        });
      }
      seen.add(term.id);
    });
  });
export type Glossary = z.infer<typeof Glossary>;
