import type { z } from 'zod';
import type { Questionnaire } from './questionnaire-schema';
import type { Service } from './service-schema';
import type { Fact, Notices, Slot, RuleFile } from './stack-schema';
import type { Decisions, Practice, Preset, Stage } from './guidance-schema';
import type { ServicePricing, UsageProfiles } from './pricing-schema';
import { escapeControls } from './show-untrusted';

/**
 * A service as the engine and the app use it. The sourced `facts` are for reviewers of content/
 * and the tests; nothing renders them, so the browser payload leaves them out (a third of the catalog).
 */
export type CatalogService = Omit<Service, 'facts'>;

/** Everything the engine needs from content/. The engine is a function of this and the answers. */
export interface Content {
  questionnaire: Questionnaire;
  services: CatalogService[];
  facts: Fact[];
  slots: Slot[];
  rules: RuleFile[];
  notices: Notices;
  stages: Stage[];
  practices: Practice[];
  decisions: z.infer<typeof Decisions>['decisions'];
  presets: Preset[];
  /** One entry per service with a price (content/pricing/), for the cost estimate. */
  pricing: ServicePricing[];
  /** The monthly usage assumed per scale and traffic answer (content/usage-profiles.yaml). */
  usageProfiles: UsageProfiles;
}

/** The catalog, rules and guidance: everything the results need beyond the questionnaire. */
export type Catalog = Omit<Content, 'questionnaire' | 'presets'>;

/** Everything under content/, parsed and cross-checked, with each service's sourced facts. */
export interface ParsedContent extends Content {
  services: Service[];
}

/** One problem in one content file, located precisely enough for a mentor to fix it. */
export interface ContentIssue {
  file: string;
  path: string;
  message: string;
}

/** One line, with any control character the content quoted escaped, as a terminal should print it. */
export function formatContentIssue(issue: ContentIssue): string {
  return escapeControls(
    issue.path
      ? `${issue.file}: ${issue.path}: ${issue.message}`
      : `${issue.file}: ${issue.message}`,
  );
}
