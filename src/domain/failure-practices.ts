// Apart from the zod schemas so the browser's failure checklist does not import zod.
/** The five design-for-failure practices from the talk (plus monitoring), in checklist order. */
export const failurePractices = [
  'redundancy-and-scaling',
  'auto-healing',
  'backup-and-restore',
  'retries-and-queues',
  'monitoring',
] as const;
export type FailurePractice = (typeof failurePractices)[number];
