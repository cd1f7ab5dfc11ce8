import type { Answers } from './answers';
import { evaluateCondition, type ConditionScope } from './condition';
import type { Slot } from './stack-schema';

/**
 * Which answered data models each applicable data slot takes: a dedicated slot (a cache, a
 * time-series store) takes the models it lists; the residual slot (the primary database) takes
 * the rest of its list, so relational and ledger data share one engine unless a slot says otherwise.
 */
export function dataModelsTaken(
  slots: readonly Slot[],
  answers: Answers,
  scope: ConditionScope,
): Map<string, readonly string[]> {
  const taken = new Map<string, readonly string[]>();
  const storing = slots.filter(
    (slot) => slot.stores && (!slot.when || evaluateCondition(slot.when, answers, scope)),
  );
  const claimed = new Set<string>();
  for (const slot of storing) {
    if (!slot.stores || slot.stores.residual) continue;
    const models = answered(answers, slot.stores.question, slot.stores.models);
    for (const model of models) claimed.add(model);
    taken.set(slot.id, models);
  }
  for (const slot of storing) {
    if (!slot.stores?.residual) continue;
    const models = answered(answers, slot.stores.question, slot.stores.models);
    taken.set(
      slot.id,
      models.filter((model) => !claimed.has(model)),
    );
  }
  return taken;
}

function answered(answers: Answers, question: string, models: readonly string[]): string[] {
  const value = answers[question];
  const values = value === undefined ? [] : typeof value === 'string' ? [value] : value;
  return models.filter((model) => values.includes(model));
}
