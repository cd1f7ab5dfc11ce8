import type { Service } from './service-schema';

/**
 * Only services AWS still sells to new customers, and still develops, may appear in a
 * recommendation: a service in maintenance mode has an announced end of life, so a new team
 * would build on something it must migrate off. Apart from the zod schemas in
 * `service-schema.ts` so the browser can call it without loading zod.
 */
export function isRecommendable(service: Pick<Service, 'lifecycle'>): boolean {
  switch (service.lifecycle.status) {
    case 'ga':
    case 'renamed':
      return true;
    case 'maintenance':
    case 'closed-to-new-customers':
    case 'end-of-support':
      return false;
  }
}
