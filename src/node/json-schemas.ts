import { z } from 'zod';
import { Glossary } from '../domain/glossary-schema';
import { Decisions, Practices, Preset, Stages } from '../domain/guidance-schema';
import { ServicePricing, UsageProfiles } from '../domain/pricing-schema';
import { Questionnaire } from '../domain/questionnaire-schema';
import { Service } from '../domain/service-schema';
import { Facts, Notices, RuleFile, StackLayout } from '../domain/stack-schema';

/** One JSON Schema per content kind, so editors autocomplete and validate the YAML as it is typed. */
const schemas: Record<string, z.ZodType> = {
  'questionnaire.schema.json': Questionnaire,
  'service.schema.json': Service,
  'facts.schema.json': Facts,
  'stack.schema.json': StackLayout,
  'notices.schema.json': Notices,
  'rule-file.schema.json': RuleFile,
  'stages.schema.json': Stages,
  'practices.schema.json': Practices,
  'decisions.schema.json': Decisions,
  'preset.schema.json': Preset,
  'pricing.schema.json': ServicePricing,
  'usage-profiles.schema.json': UsageProfiles,
  'glossary.schema.json': Glossary,
};

/** The generated files' names and text; the test compares them with content/schema/ to catch staleness. */
export function generateJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`,
    ]),
  );
}
