import type { Condition } from './condition';
import type { QuestionRole } from './question-roles';

/**
 * The questionnaire without its words: what reading answers, share links and the flow through the
 * sections depend on. The first screen and the saved session need only this, so the browser can
 * load the questions' texts (both languages) when the questions are opened. The full
 * `Questionnaire` fits these types, so every function that takes an outline takes it too.
 */
export interface OptionOutline {
  readonly value: string;
  readonly alias?: string | undefined;
  readonly exclusive?: boolean | undefined;
}

export interface QuestionOutline {
  readonly id: string;
  readonly alias?: string | undefined;
  readonly kind: 'single' | 'multi';
  readonly role?: QuestionRole | undefined;
  readonly options: readonly OptionOutline[];
  readonly showIf?: Condition | undefined;
}

export interface SectionOutline {
  readonly id: string;
  readonly questions: readonly QuestionOutline[];
}

export interface QuestionnaireOutline {
  readonly vocabularyVersion: number;
  readonly sections: readonly SectionOutline[];
}

/** The question type of a questionnaire: `Question` for the full one, `QuestionOutline` for an outline. */
export type QuestionOf<Q extends QuestionnaireOutline> = Q['sections'][number]['questions'][number];

/** Drops every text, keeping exactly the fields of the outline types. */
export function outlineOf(questionnaire: QuestionnaireOutline): QuestionnaireOutline {
  return {
    vocabularyVersion: questionnaire.vocabularyVersion,
    sections: questionnaire.sections.map((section) => ({
      id: section.id,
      questions: section.questions.map(({ id, alias, kind, role, options, showIf }) => ({
        id,
        alias,
        kind,
        role,
        options: options.map(({ value, alias: optionAlias, exclusive }) => ({
          value,
          alias: optionAlias,
          exclusive,
        })),
        showIf,
      })),
    })),
  };
}
