import { answerList, type AnswerValue, type Answers } from './answers';
import { memoize } from './memoize';
import type { QuestionnaireOutline, QuestionOutline } from './questionnaire-outline';

/**
 * The parts a question can play that code depends on. Content declares them (`role:` on a
 * question) and the content check requires each exactly once, so renaming a question in content
 * can never silently switch a feature off. Apart from the zod schema so the browser needs no zod.
 */
export const questionRoles = {
  /** Where the team is on the S-curve; options in stage order. */
  stage: 'single',
  /** How people use the product (web, mobile, API); the diagram draws them as its clients. */
  clients: 'multi',
  /** The chores to hand to managed services; values are the chores services remove. */
  offload: 'multi',
  /** The decisions the team is stuck on; slots and decisions name its values. */
  deliberating: 'multi',
  /** Daily active users a year from now; sizes the cost estimate. */
  scale: 'single',
  /** The shape of the traffic; sizes the cost estimate. */
  traffic: 'single',
  /** Where data must stay; fixes the Region of the estimate. */
  residency: 'single',
  /** The AWS credits left; the estimate says how long they last. */
  credits: 'single',
} as const satisfies Record<string, 'single' | 'multi'>;
export type QuestionRole = keyof typeof questionRoles;

const questionsByRole = memoize((questionnaire: QuestionnaireOutline) => {
  const byRole = new Map<QuestionRole, QuestionOutline>();
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      if (question.role) byRole.set(question.role, question);
    }
  }
  return byRole;
}, new WeakMap<QuestionnaireOutline, Map<QuestionRole, QuestionOutline>>());

/** The question that plays a role; the content check guarantees there is one. */
export function questionWithRole(
  questionnaire: QuestionnaireOutline,
  role: QuestionRole,
): QuestionOutline {
  const question = questionsByRole(questionnaire).get(role);
  if (!question) throw new Error(`no question has the role "${role}": content was not checked`);
  return question;
}

/** The team's answer to the question that plays a role, if any. */
export function answerForRole(
  answers: Answers,
  questionnaire: QuestionnaireOutline,
  role: QuestionRole,
): AnswerValue | undefined {
  return answers[questionWithRole(questionnaire, role).id];
}

/** The values of a multi-choice role's answer, or none. */
export function answerListForRole(
  answers: Answers,
  questionnaire: QuestionnaireOutline,
  role: QuestionRole,
): readonly string[] {
  return answerList(answers, questionWithRole(questionnaire, role).id);
}
