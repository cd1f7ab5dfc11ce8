import type { z } from 'zod';
import type { Questionnaire } from './questionnaire-schema';
import type { Service } from './service-schema';
import type { Slot, RuleFile } from './stack-schema';
import type { Decisions, Practice, Preset, Stage } from './guidance-schema';

/** Everything under content/, parsed and cross-checked. The engine is a function of this and the answers. */
export interface Content {
  questionnaire: Questionnaire;
  services: Service[];
  slots: Slot[];
  rules: RuleFile[];
  stages: Stage[];
  practices: Practice[];
  decisions: z.infer<typeof Decisions>['decisions'];
  presets: Preset[];
}

/** One problem in one content file, located precisely enough for a mentor to fix it. */
export interface ContentIssue {
  file: string;
  path: string;
  message: string;
}

export function formatContentIssue(issue: ContentIssue): string {
  return issue.path
    ? `${issue.file}: ${issue.path}: ${issue.message}`
    : `${issue.file}: ${issue.message}`;
}
