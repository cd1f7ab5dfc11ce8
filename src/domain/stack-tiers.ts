// Apart from the zod schemas in stack-schema.ts so the browser's export and diagram code does not
// import zod (zod's eval probe would also trip the Content-Security-Policy).
export const tiers = ['frontend', 'backend', 'data', 'cross-cutting', 'feature'] as const;
export type Tier = (typeof tiers)[number];

/**
 * Where the stack diagram draws a slot. The flow lanes, in the order a request crosses them:
 * edge (hosting, CDN), entry (API or load balancer), compute, data. Beside the flow: async work and
 * features next to compute, and the cross-cutting services that serve every part.
 */
export const lanes = [
  'edge',
  'entry',
  'compute',
  'data',
  'async',
  'feature',
  'cross-cutting',
] as const;
export type Lane = (typeof lanes)[number];

export const timeBoxes = [
  'decide-today',
  'decide-this-week',
  'spike-a-week',
  'spike-two-weeks',
] as const;
export type TimeBox = (typeof timeBoxes)[number];
