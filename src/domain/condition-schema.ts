import { z } from 'zod';
import type { Condition as ConditionTree } from './condition';
import { Id } from './localized-text';

/**
 * Validates a condition tree when content is parsed (build time, tests, command line). Kept apart
 * from `evaluateCondition` so the browser, which gets content already parsed, never imports zod.
 */
export const Condition: z.ZodType<ConditionTree> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
    z.strictObject({ q: Id, equals: Id }),
    z.strictObject({ q: Id, in: z.array(Id).min(1) }),
    z.strictObject({ q: Id, includes: Id }),
    z.strictObject({ fact: Id }),
    z.strictObject({ picked: Id }),
  ]),
);
