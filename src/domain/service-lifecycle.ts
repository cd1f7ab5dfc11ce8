import type { Service } from './service-schema';

/**
 * Only services AWS still sells to new customers may appear in a recommendation. Apart from the
 * zod schemas in `service-schema.ts` so the browser can call it without loading zod.
 */
export function isRecommendable(service: Pick<Service, 'lifecycle'>): boolean {
  return service.lifecycle.status === 'ga' || service.lifecycle.status === 'renamed';
}
