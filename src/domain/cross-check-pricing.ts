import { allQuestions } from './answers';
import type { QuestionRole } from './question-roles';
import type { Content, ContentIssue } from './content';
import { scales, trafficShapes } from './cost/cost-vocabulary';

const profilesFile = 'usage-profiles.yaml';

/**
 * Checks what the pricing schemas alone cannot: that each pricing file prices a service of the
 * catalog, that a `billedAs` names a service with charges of its own, that every metric a charge
 * reads is in the usage profiles, and that the profiles cover exactly the scale and traffic
 * answers the questionnaire offers.
 */
export function crossCheckPricing(content: Content, files: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (file: string, path: string, message: string) =>
    issues.push({ file, path, message });
  const services = new Set(content.services.map((service) => service.id));
  const pricing = new Map(content.pricing.map((entry) => [entry.service, entry]));
  const metrics = content.usageProfiles.metrics.map((metric) => metric.id);

  metrics.forEach((id, i) => {
    if (metrics.indexOf(id) !== i)
      report(profilesFile, `metrics[${i}].id`, `duplicate metric "${id}"`);
  });
  const questions = allQuestions(content.questionnaire);
  for (const [role, expected] of [
    ['scale', scales],
    ['traffic', trafficShapes],
  ] as const) {
    const question = questions.find((candidate) => candidate.role === role);
    const offered = question?.options.map((option) => option.value) ?? [];
    if (offered.join() !== expected.join()) {
      report(
        profilesFile,
        '',
        `the estimate reads the answers of the "${role}" role question:  ${expected.join(', ')}; questionnaire.yaml offers ${offered.join(', ') || 'none'}`,
      );
    }
  }

  const keyedByRole = (role: QuestionRole, path: string, keys: readonly string[]) => {
    // The content check reports a missing role; here a missing one simply offers nothing.
    const question = questions.find((candidate) => candidate.role === role);
    const offered = question?.options.map((o) => o.value) ?? [];
    if ([...keys].sort().join() !== [...offered].sort().join())
      report(
        profilesFile,
        path,
        `needs exactly one entry per "${role}" answer: ${offered.join(', ')}`,
      );
  };
  keyedByRole(
    'residency',
    'regions.byResidency',
    Object.keys(content.usageProfiles.regions.byResidency),
  );
  keyedByRole('credits', 'credits', Object.keys(content.usageProfiles.credits));

  content.pricing.forEach((entry, i) => {
    const file = files[i] ?? `pricing/${entry.service}.yaml`;
    if (!services.has(entry.service)) {
      report(
        file,
        'service',
        `unknown service "${entry.service}" (no services/${entry.service}.yaml)`,
      );
    }
    if (entry.billedAs) {
      const target = pricing.get(entry.billedAs);
      if (!target) report(file, 'billedAs', `no pricing/${entry.billedAs}.yaml`);
      else if (target.free || target.billedAs) {
        report(file, 'billedAs', `"${entry.billedAs}" has no charges of its own`);
      }
    }
    entry.charges.forEach((charge, j) => {
      if (charge.metric && !metrics.includes(charge.metric)) {
        report(
          file,
          `charges[${j}].metric`,
          `"${charge.metric}" is not a metric of ${profilesFile}`,
        );
      }
    });
  });
  return issues;
}
