import type { FailureCheck, Reason } from './advice';
import type { CatalogService, Content } from './content';
import { failurePractices, type FailurePractice } from './failure-practices';
import { isRecommendable } from './service-lifecycle';
import type { Candidate, Rule } from './stack-schema';
import { memoize } from './memoize';

type Cover = FailureCheck['coveredBy'][number];

/** A slot candidate with what never changes between calls, so ranking allocates only what varies. */
export interface IndexedCandidate {
  candidate: Candidate;
  recommendable: boolean;
  /** The candidate's standing reason, shared by every call in which no rule speaks for it. */
  defaultReasons: readonly Reason[];
}

/** Lookups the engine needs on every call, built once per content object. */
export interface ContentIndex {
  services: ReadonlyMap<string, CatalogService>;
  rulesBySlot: ReadonlyMap<string, readonly Rule[]>;
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
      slot.candidates.map((candidate) => {
        const service = services.get(candidate.service);
        return {
          candidate,
          recommendable: service !== undefined && isRecommendable(service),
          defaultReasons: [
            { rule: null, text: candidate.why, score: candidate.score, matched: [] },
          ],
        };
      }),
    ]),
  );
  return {
    services,
    rulesBySlot: new Map(content.rules.map((file) => [file.slot, file.rules])),
    candidatesBySlot,
    coverByPractice,
  };
}

export const indexContent = memoize(buildIndex, new WeakMap<Content, ContentIndex>());

/** The service for an id the content cross-check has already vouched for. */
export function serviceById(index: ContentIndex, id: string): CatalogService {
  const service = index.services.get(id);
  if (!service) throw new Error(`unknown service "${id}": content was not cross-checked`);
  return service;
}
