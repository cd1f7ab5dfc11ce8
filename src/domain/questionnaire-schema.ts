import { z } from 'zod';
import { Condition } from './condition-schema';
import { Id, ContentText } from './localized-text';
import { questionRoles, type QuestionRole } from './question-roles';

/**
 * The short name of a question or option in share links, so a full answer set fits in a short URL.
 * Defaults to the id. A public contract like the ids: never change or reuse one.
 */
export const LinkAlias = Id.max(4, 'a share-link alias has at most 4 characters');

export const QuestionOption = z.strictObject({
  value: Id,
  alias: LinkAlias.optional(),
  label: ContentText,
  /** Concrete examples that let a founder recognise their own situation. */
  help: ContentText.optional(),
  /** In a multi-choice question, choosing this option clears the others (for "none"). */
  exclusive: z.boolean().optional(),
});
export type QuestionOption = z.infer<typeof QuestionOption>;

export const Question = z.strictObject({
  id: Id,
  alias: LinkAlias.optional(),
  kind: z.enum(['single', 'multi']),
  /** The part this question plays for the engine (see question-roles.ts); each role once. */
  role: z.enum(Object.keys(questionRoles) as [QuestionRole, ...QuestionRole[]]).optional(),
  title: ContentText,
  help: ContentText,
  options: z.array(QuestionOption).min(2),
  /** The question is asked only while this holds; otherwise its answer is dropped before advice. */
  showIf: Condition.optional(),
});
export type Question = z.infer<typeof Question>;

export const Section = z.strictObject({
  id: Id,
  title: ContentText,
  intro: ContentText,
  questions: z.array(Question).min(1),
});
export type Section = z.infer<typeof Section>;

export const Questionnaire = z.strictObject({
  /** Bumped when an id or value is added; share links carry it. Never reuse an id with a new meaning. */
  vocabularyVersion: z.int().positive(),
  sections: z.array(Section).min(1),
});
export type Questionnaire = z.infer<typeof Questionnaire>;
