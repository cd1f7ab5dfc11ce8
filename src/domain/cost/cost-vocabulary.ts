/**
 * The words the cost estimate shares with content/: the scale and traffic answers a usage profile
 * is given for, the Regions every price must name, and the units a bill is counted in. Apart from
 * the zod schemas (`pricing-schema.ts`) so the estimator runs in the browser without loading zod.
 */

/** The `scale` answer values (content/questionnaire.yaml), smallest first. */
export const scales = ['small', 'medium', 'large'] as const;
export type Scale = (typeof scales)[number];

/** The `traffic` answer values (content/questionnaire.yaml). */
export const trafficShapes = ['steady', 'spiky', 'unknown'] as const;
export type TrafficShape = (typeof trafficShapes)[number];

/** Without a traffic answer the estimate assumes traffic can surprise, as the advice does. */
export const defaultTrafficShape: TrafficShape = 'unknown';

/**
 * The Regions the residency answer leads to (none → us-east-1 for the estimate, japan →
 * ap-northeast-1, eu → eu-central-1, us → us-east-1): every charge names its price in each.
 */
export const requiredPriceRegions = ['us-east-1', 'ap-northeast-1', 'eu-central-1'] as const;

/** Where a price comes from when a charge does not name the requested Region. */
export const fallbackPriceRegion = 'us-east-1';

/** Hours in the month AWS pricing examples use (24 × 365 / 12). */
export const hoursPerMonth = 730;

/**
 * What a charge is counted in. `item-month` is one billed thing held for a month: a secret, a key,
 * a web ACL, a rule, a custom metric, an alarm, a hosted zone.
 */
export const billingUnits = [
  'request',
  'gb-month',
  'gb',
  'gb-second',
  'gb-hour',
  'acu-hour',
  'vcpu-hour',
  'ocu-hour',
  'ncu-hour',
  'dpu',
  'dpu-hour',
  'lcu-hour',
  'node-hour',
  'instance-hour',
  'hour',
  'mau',
  'minute',
  'token',
  'message',
  'event',
  'state-transition',
  'item-month',
  'user-month',
  'tb',
] as const;
export type BillingUnit = (typeof billingUnits)[number];

/** When the fixed floor alone would use the credits up sooner than this, the estimate says so. */
export const floorRunwayAlertMonths = 12;
