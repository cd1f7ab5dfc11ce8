import type { FailureCheck, Reason } from './advice';
import type { CatalogService, Content } from './content';
import { failurePractices, type FailurePractice } from './failure-practices';
import { isRecommendable } from './service-lifecycle';
import type { Candidate, Rule, Slot } from './stack-schema';
import { memoize } from './memoize';

type Cover = FailureCheck['coveredBy'][number];

/** A slot candidate with what never changes between calls, so ranking allocates only what varies. */
export interface IndexedCandidate {
  candidate: Candidate;
  /** Its position in the slot: the order of alternatives that score level, and of bundle members. */
  order: number;
  /** The candidate's standing reason, shared by every call in which no rule speaks for it. */
  defaultReasons: readonly Reason[];
}

/** A rule with its services as a list, whether content wrote one or several. */
export interface IndexedRule {
  rule: Rule;
  services: readonly string[];
}

/** Lookups the engine needs on every call, built once per content object. */
export interface ContentIndex {
  services: ReadonlyMap<string, CatalogService>;
  slots: ReadonlyMap<string, Slot>;
  rulesBySlot: ReadonlyMap<string, readonly IndexedRule[]>;
  /** Only the candidates AWS still sells to new customers: nothing else is ever ranked. */
  candidatesBySlot: ReadonlyMap<string, readonly IndexedCandidate[]>;
  /** Per practice, what each service that supports it contributes to the failure checklist. */
  coverByPractice: ReadonlyMap<FailurePractice, ReadonlyMap<string, Cover>>;
}

function buildIndex(content: Content): ContentIndex {
  const coverByPractice = new Map<FailurePractice, Map<string, Cover>>(
    failurePractices.map((practice) => [practice, new Map()]),
  );
  for (const service of content.services) {
    for (const practice of failurePractices) {
      const support = service.failure[practice];
      if (support) {
        coverByPractice
          .get(practice)
          ?.set(service.id, { service: service.id, support: support.support, note: support.note });
      }
    }
  }
  const services = new Map(content.services.map((service) => [service.id, service]));
  const candidatesBySlot = new Map(
    content.slots.map((slot) => [
      slot.id,
      slot.candidates
        .map((candidate, order) => ({
          candidate,
          order,
          defaultReasons: [
            { rule: null, text: candidate.why, score: candidate.score, matched: [] },
          ],
        }))
        .filter(({ candidate }) => {
          const service = services.get(candidate.service);
          return service !== undefined && isRecommendable(service);
        }),
    ]),
  );
  const rulesBySlot = new Map(
    content.rules.map((file) => [
      file.slot,
      file.rules.map((rule) => ({
        rule,
        services: typeof rule.service === 'string' ? [rule.service] : rule.service,
      })),
    ]),
  );
  const slots = new Map(content.slots.map((slot) => [slot.id, slot]));
  return { services, slots, rulesBySlot, candidatesBySlot, coverByPractice };
}

export const indexContent = memoize(buildIndex, new WeakMap<Content, ContentIndex>());

/** The service for an id the content cross-check has already vouched for. */
export function serviceById(index: ContentIndex, id: string): CatalogService {
  const service = index.services.get(id);
  if (!service) throw new Error(`unknown service "${id}": content was not cross-checked`);
  return service;
}
