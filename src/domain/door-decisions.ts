import type { Decision, StackEntry } from './advice';
import type { Answers } from './answers';
import { evaluateCondition, type ConditionScope } from './condition';
import type { Content } from './content';
import { indexContent } from './content-index';
import { answerListForRole } from './question-roles';

/**
 * Every decision the stack implies, as a one-way or two-way door. Decisions the team said it is
 * stuck on come first, then one-way doors (worth the time), then two-way doors (decide fast).
 */
export function doorDecisions(
  answers: Answers,
  scope: ConditionScope,
  stack: readonly StackEntry[],
  content: Content,
): Decision[] {
  const index = indexContent(content);
  const stuck = new Set(answerListForRole(answers, content.questionnaire, 'deliberating'));
  const fromStack: Decision[] = stack.map((entry) => {
    const slot = index.slots.get(entry.slot);
    const candidate = slot?.candidates.find((c) => c.service === entry.service);
    const door = candidate?.door ?? slot?.door;
    if (!slot || !door) throw new Error(`slot "${entry.slot}" is not in the content`);
    return {
      id: entry.slot,
      title: entry.title,
      slot: entry.slot,
      choice: entry.service,
      advice: null,
      door,
      deliberating: slot.deliberation !== undefined && stuck.has(slot.deliberation),
    };
  });
  const applying = content.decisions.filter(
    (decision) => decision.when === undefined || evaluateCondition(decision.when, answers, scope),
  );
  const standalone: Decision[] = applying.map((decision) => ({
    id: decision.id,
    title: decision.title,
    slot: null,
    choice: null,
    advice:
      decision.recommendation.cases.find((entry) => evaluateCondition(entry.when, answers, scope))
        ?.advice ?? decision.recommendation.default,
    door: decision.door,
    deliberating: decision.deliberation !== undefined && stuck.has(decision.deliberation),
  }));
  const rank = (decision: Decision) =>
    (decision.deliberating ? 0 : 2) + (decision.door.kind === 'one-way' ? 0 : 1);
  // Array.prototype.sort is stable, so slots keep their stack order within each group.
  return [...fromStack, ...standalone].sort((a, b) => rank(a) - rank(b));
}
