import type { StackEntry } from '../advice';
import type { Answers } from '../answers';
import type { Content } from '../content';
import { answerForRole } from '../question-roles';
import { scales, trafficShapes, type Scale, type TrafficShape } from './cost-vocabulary';
import {
  estimateCost,
  type CostEstimate,
  type CostInput,
  type CostInputLine,
} from './estimate-cost';

/** The scale the estimate assumes when the team has not answered: the smallest. */
const assumedScale: Scale = 'small';

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((candidate) => candidate === value);
}

const noConfiguration: readonly string[] = [];

/** Every service the stack puts in place, with the configuration advice that changes its bill. */
export function costLines(stack: readonly StackEntry[]): CostInputLine[] {
  const lines: CostInputLine[] = [];
  for (const entry of stack) {
    for (const service of entry.services) {
      // Most picks have no setup advice: they share one empty list (the estimate only reads it).
      const configuration =
        entry.configuration.length === 0
          ? noConfiguration
          : entry.configuration.filter((c) => c.service === service).map((c) => c.id);
      lines.push({ slot: entry.slot, service, configuration });
    }
  }
  return lines;
}

/**
 * What the recommended stack costs each month, in the Region the residency answer leads to, at the
 * scale and traffic the team answered (the smallest scale when unanswered), with the runway of the
 * credits it said it has. The answers reach the estimate only through their question roles.
 */
export function stackCost(
  answers: Answers,
  stack: readonly StackEntry[],
  content: Content,
): CostEstimate {
  const { questionnaire, usageProfiles } = content;
  const residency = answerForRole(answers, questionnaire, 'residency');
  const credits = answerForRole(answers, questionnaire, 'credits');
  const traffic: TrafficShape | undefined = oneOf(
    trafficShapes,
    answerForRole(answers, questionnaire, 'traffic'),
  );
  const creditsUsd = typeof credits === 'string' ? usageProfiles.credits[credits] : undefined;
  const input: CostInput = {
    region:
      (typeof residency === 'string' ? usageProfiles.regions.byResidency[residency] : undefined) ??
      usageProfiles.regions.otherwise,
    scale: oneOf(scales, answerForRole(answers, questionnaire, 'scale')) ?? assumedScale,
    ...(traffic ? { traffic } : {}),
    lines: costLines(stack),
    ...(creditsUsd ? { creditsUsd } : {}),
  };
  const estimate = estimateCost(input, content);
  if (!estimate.floorBurnsCredits) return estimate;
  // Only here, when the floor alone eats the credits, are alternatives priced: it is rare.
  const floorOf = (slot: string, service: string) =>
    estimateCost({ ...input, lines: [{ slot, service }] }, content).floor;
  const lines = estimate.floorBurnsCredits.lines.map((line) => {
    const entry = stack.find((candidate) => candidate.slot === line.slot);
    // A bundle's other candidates are not instead-of options: they are members not needed yet.
    const alternatives = entry?.kind === 'pick' ? entry.alternatives : [];
    for (const alternative of alternatives) {
      const floor = floorOf(line.slot, alternative.service);
      if (floor < line.floor) return { ...line, cheaper: { service: alternative.service, floor } };
    }
    return line;
  });
  return { ...estimate, floorBurnsCredits: { ...estimate.floorBurnsCredits, lines } };
}
