// Apart from the zod schemas in stack-schema.ts so the browser's export and diagram code does not
// import zod (zod's eval probe would also trip the Content-Security-Policy).
export const tiers = ['frontend', 'backend', 'data', 'cross-cutting', 'feature'] as const;
export type Tier = (typeof tiers)[number];

export const timeBoxes = [
  'decide-today',
  'decide-this-week',
  'spike-a-week',
  'spike-two-weeks',
] as const;
export type TimeBox = (typeof timeBoxes)[number];
