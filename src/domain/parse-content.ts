import type { z } from 'zod';
import type { ContentIssue, ParsedContent } from './content';
import { crossCheckContent } from './cross-check-content';
import { crossCheckPricing } from './cross-check-pricing';
import { Glossary } from './glossary-schema';
import { Decisions, Practices, Preset, Stages } from './guidance-schema';
import { ServicePricing, UsageProfiles } from './pricing-schema';
import { Questionnaire } from './questionnaire-schema';
import { readYaml } from './read-yaml';
import { showUntrusted } from './show-untrusted';
import { Service } from './service-schema';
import { Facts, Notices, RuleFile, StackLayout } from './stack-schema';

export interface ContentFile {
  /** Relative to content/, with forward slashes: "services/dynamodb.yaml". */
  path: string;
  text: string;
  /** Why the file's bytes are not usable text (not UTF-8, too large): reported as its problem. */
  unreadable?: string;
}

export type ContentResult =
  { ok: true; content: ParsedContent } | { ok: false; issues: ContentIssue[] };

/** Formats a zod issue path as a mentor reads YAML: `candidates[2].service`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function parseYamlFile<T>(
  file: ContentFile,
  schema: z.ZodType<T>,
  issues: ContentIssue[],
): T | undefined {
  if (file.unreadable !== undefined) {
    issues.push({ file: file.path, path: '', message: file.unreadable });
    return undefined;
  }
  const yaml = readYaml(file.text);
  if (!yaml.ok) {
    for (const { place, message } of yaml.problems) {
      issues.push({
        file: file.path,
        path: place ? `line ${place.line}, column ${place.column}` : '',
        message: `YAML syntax: ${message}`,
      });
    }
    return undefined;
  }
  const result = schema.safeParse(yaml.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({
      file: file.path,
      path: formatIssuePath(issue.path),
      message: describeZodIssue(issue),
    });
  }
  return undefined;
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    return 'expected a condition: one of {all: [...]}, {any: [...]}, {not: ...}, {q, equals}, {q, in}, {q, includes}, {fact}, {picked}';
  }
  if (issue.code === 'unrecognized_keys') {
    // The keys are whatever the file holds: a few of them, each cut short.
    const shown = issue.keys.slice(0, 5).map((key) => showUntrusted(key));
    const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
    return `unknown field(s): ${shown.join(', ')}${more}`;
  }
  return issue.message;
}

const singletonFiles = [
  'questionnaire.yaml',
  'facts.yaml',
  'stack.yaml',
  'notices.yaml',
  'stages.yaml',
  'practices.yaml',
  'decisions.yaml',
  'usage-profiles.yaml',
  'glossary.yaml',
];
const collections = ['services/', 'rules/', 'presets/', 'pricing/'];

function fileStem(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
}

/**
 * Parses the whole content folder from its files' text. Pure: the caller reads the files, so this
 * runs the same at build time, in tests and in a command. Every problem in every file is reported.
 */
export function parseContent(files: readonly ContentFile[]): ContentResult {
  const issues: ContentIssue[] = [];
  const yamlFiles = files
    .filter((file) => /\.ya?ml$/.test(file.path))
    .sort((a, b) => a.path.localeCompare(b.path));
  const single = (name: string) => yamlFiles.find((file) => file.path === name);
  const inFolder = (folder: string) => yamlFiles.filter((file) => file.path.startsWith(folder));

  for (const name of singletonFiles) {
    if (!single(name)) issues.push({ file: name, path: '', message: 'file is missing' });
  }
  for (const file of yamlFiles) {
    if (
      !singletonFiles.includes(file.path) &&
      !collections.some((folder) => file.path.startsWith(folder))
    ) {
      issues.push({
        file: file.path,
        path: '',
        message: 'not a known content file; see README "Content"',
      });
    }
  }

  const parseSingle = <T>(name: string, schema: z.ZodType<T>) => {
    const file = single(name);
    return file ? parseYamlFile(file, schema, issues) : undefined;
  };
  /** Parses each file of a folder; `nameOf` gives the id the file name must repeat. */
  const parseEach = <T>(
    folder: string,
    schema: z.ZodType<T>,
    nameOf: (value: T) => [string, string],
  ) =>
    inFolder(folder).flatMap((file) => {
      const parsed = parseYamlFile(file, schema, issues);
      if (!parsed) return [];
      const [field, name] = nameOf(parsed);
      if (name !== fileStem(file.path)) {
        issues.push({
          file: file.path,
          path: field,
          message: `must match the file name "${fileStem(file.path)}"`,
        });
      }
      return [{ file: file.path, value: parsed }];
    });

  const questionnaire = parseSingle('questionnaire.yaml', Questionnaire);
  const facts = parseSingle('facts.yaml', Facts);
  const stack = parseSingle('stack.yaml', StackLayout);
  const notices = parseSingle('notices.yaml', Notices);
  const stages = parseSingle('stages.yaml', Stages);
  const practices = parseSingle('practices.yaml', Practices);
  const decisions = parseSingle('decisions.yaml', Decisions);
  const services = parseEach('services/', Service, (service) => ['id', service.id]);
  const rules = parseEach('rules/', RuleFile, (ruleFile) => ['slot', ruleFile.slot]);
  const presets = parseEach('presets/', Preset, (preset) => ['id', preset.id]);
  const usageProfiles = parseSingle('usage-profiles.yaml', UsageProfiles);
  const pricing = parseEach('pricing/', ServicePricing, (entry) => ['service', entry.service]);
  // Checked with the rest so a mistake is reported the same way, but kept out of the parsed
  // content: the glossary guides mentors and tests, and no screen shows it.
  parseSingle('glossary.yaml', Glossary);

  if (
    issues.length > 0 ||
    !questionnaire ||
    !facts ||
    !stack ||
    !notices ||
    !stages ||
    !practices ||
    !decisions ||
    !usageProfiles
  ) {
    return { ok: false, issues };
  }
  const content: ParsedContent = {
    questionnaire,
    services: services.map((entry) => entry.value),
    facts: facts.facts,
    slots: stack.slots,
    rules: rules.map((entry) => entry.value),
    notices,
    stages: stages.stages,
    practices: practices.practices,
    decisions: decisions.decisions,
    presets: presets.map((entry) => entry.value),
    pricing: pricing.map((entry) => entry.value),
    usageProfiles,
  };
  const crossIssues = [
    ...crossCheckContent(content, {
      services: services.map((entry) => entry.file),
      rules: rules.map((entry) => entry.file),
      presets: presets.map((entry) => entry.file),
    }),
    ...crossCheckPricing(
      content,
      pricing.map((entry) => entry.file),
    ),
  ];
  return crossIssues.length > 0 ? { ok: false, issues: crossIssues } : { ok: true, content };
}
