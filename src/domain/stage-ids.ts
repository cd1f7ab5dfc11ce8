// Apart from the zod schemas in guidance-schema.ts so the browser's compare page does not import zod.
/** The S-curve stages, in order. */
export const stageIds = ['seed', 'early', 'growth', 'later'] as const;
