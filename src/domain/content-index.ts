import type { Content } from './content';
import type { Service } from './service-schema';
import type { Rule } from './stack-schema';

/** Lookups the engine needs on every call, built once per content object. */
export interface ContentIndex {
  services: ReadonlyMap<string, Service>;
  rulesBySlot: ReadonlyMap<string, readonly Rule[]>;
}

const cache = new WeakMap<Content, ContentIndex>();

export function indexContent(content: Content): ContentIndex {
  let index = cache.get(content);
  if (!index) {
    index = {
      services: new Map(content.services.map((service) => [service.id, service])),
      rulesBySlot: new Map(content.rules.map((file) => [file.slot, file.rules])),
    };
    cache.set(content, index);
  }
  return index;
}

/** The service for an id the content cross-check has already vouched for. */
export function serviceById(index: ContentIndex, id: string): Service {
  const service = index.services.get(id);
  if (!service) throw new Error(`unknown service "${id}": content was not cross-checked`);
  return service;
}
