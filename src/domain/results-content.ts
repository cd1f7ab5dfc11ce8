import type { Advice } from './advice';
import type { CatalogService, Content } from './content';
import type { Question, QuestionOption, Questionnaire, Section } from './questionnaire-schema';
import type { Candidate, Slot } from './stack-schema';
import type { UsageProfiles } from './pricing-schema';

/** What a pick's card shows of its service beyond the name. */
export type ServiceDetails = Pick<CatalogService, 'purpose' | 'pricing' | 'docs' | 'reviewed'>;

/** A service as the results page reads it: its name, and its details where the page shows them. */
export type ServiceOnResults = Pick<CatalogService, 'id' | 'name'> & Partial<ServiceDetails>;

/** Whether the page has the service's details: the picks' services have them. */
export function hasDetails(
  service: ServiceOnResults,
): service is ServiceOnResults & ServiceDetails {
  return (
    service.purpose !== undefined &&
    service.pricing !== undefined &&
    service.docs !== undefined &&
    service.reviewed !== undefined
  );
}

/** A question as the results page reads it: the title and the options' labels, not the help. */
export type QuestionOnResults = Omit<Question, 'help' | 'options'> & {
  options: readonly Omit<QuestionOption, 'help'>[];
};

export type SectionOnResults = Omit<Section, 'intro' | 'questions'> & {
  questions: readonly QuestionOnResults[];
};

/** The questionnaire as the results page reads it: the help is for the question pages. */
export type QuestionnaireOnResults = Omit<Questionnaire, 'sections'> & {
  sections: readonly SectionOnResults[];
};

/** A slot as the results page reads it: where the diagram draws it and its part in the plan. */
export type SlotOnResults = Pick<Slot, 'id' | 'lane' | 'actionPlan'> & {
  candidates: readonly Pick<Candidate, 'service' | 'includeWhen'>[];
};

/**
 * What the results page reads of the content beside the advice. The whole content is one; so is
 * an example team's part of it (`examplePage`), which a preset's page shows before the engine and
 * the whole catalog have arrived.
 */
export interface ResultsContent {
  questionnaire: QuestionnaireOnResults;
  services: readonly ServiceOnResults[];
  slots: readonly SlotOnResults[];
  usageProfiles: UsageProfiles;
}

/** What an example team's page shows, worked out at build time: its advice and what it reads. */
export interface ExamplePage {
  advice: Advice;
  content: ResultsContent;
}

function questionnaireOnResults({
  vocabularyVersion,
  sections,
}: Questionnaire): QuestionnaireOnResults {
  return {
    vocabularyVersion,
    sections: sections.map(({ intro: _intro, questions, ...section }) => ({
      ...section,
      questions: questions.map(({ help: _help, options, ...question }) => ({
        ...question,
        options: options.map(({ help: _optionHelp, ...option }) => option),
      })),
    })),
  };
}

/** Every service id the advice names, wherever it names one. */
function servicesNamedIn(advice: Advice, known: ReadonlySet<string>): Set<string> {
  const named = new Set<string>();
  JSON.stringify(advice, (_key, value: unknown) => {
    if (typeof value === 'string' && known.has(value)) named.add(value);
    return value;
  });
  return named;
}

/**
 * The advice with, of the content, only what the results page reads to show it: the details of
 * the services the stack picks, the names of every other service it mentions, where each slot
 * goes, the usage the cost assumes, and the questions' titles and labels. A preset's page
 * downloads this (16 to 23 KB) instead of the engine, the whole catalog and the questionnaire
 * (73 KB in Japanese); a test renders every part of every example from both and requires the
 * same page.
 */
export function examplePage(advice: Advice, content: Content): ExamplePage {
  const named = servicesNamedIn(advice, new Set(content.services.map((service) => service.id)));
  const picked = new Set(advice.stack.map((entry) => entry.service));
  return {
    advice,
    content: {
      questionnaire: questionnaireOnResults(content.questionnaire),
      services: content.services
        .filter((service) => named.has(service.id))
        .map(({ id, name, purpose, pricing, docs, reviewed }) =>
          picked.has(id) ? { id, name, purpose, pricing, docs, reviewed } : { id, name },
        ),
      slots: content.slots.map(({ id, lane, actionPlan, candidates }) => ({
        id,
        lane,
        actionPlan,
        candidates: candidates.map(({ service, includeWhen }) => ({ service, includeWhen })),
      })),
      usageProfiles: content.usageProfiles,
    },
  };
}
