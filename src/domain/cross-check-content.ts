import { allQuestions, describeAnswerProblem, parseAnswers } from './answers';
import { conditionReferences, type Condition } from './condition';
import type { Content, ContentIssue } from './content';
import { questionRoles, type QuestionRole } from './question-roles';
import { isRecommendable } from './service-lifecycle';
import { versionKey } from './share-link/link-vocabulary';

interface SourceFiles {
  services: string[];
  rules: string[];
  presets: string[];
}

/**
 * Checks what a schema alone cannot: that every id one file names exists in another, and that
 * every question and value a condition or preset uses is one the questionnaire offers.
 */
export function crossCheckContent(content: Content, files: SourceFiles): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (file: string, path: string, message: string) =>
    issues.push({ file, path, message });
  const questions = allQuestions(content.questionnaire);
  const questionIndex = new Map(questions.map((question, index) => [question.id, index]));
  const optionsOf = (id: string) =>
    questions.find((question) => question.id === id)?.options.map((o) => o.value) ?? [];
  const services = new Map(content.services.map((service) => [service.id, service]));
  const factIds = content.facts.map((fact) => fact.id);

  /**
   * `facts`: how many facts (in declaration order) the condition may use; `picked`: the services
   * already in the stack when it is evaluated (null: any service; display conditions see neither).
   */
  interface Sees {
    askedBefore?: number;
    facts: number;
    picked: ReadonlySet<string> | null;
  }
  const seesEverything: Sees = { facts: Number.POSITIVE_INFINITY, picked: null };
  const checkCondition = (
    file: string,
    path: string,
    condition: Condition,
    sees: Sees = seesEverything,
  ) => {
    const references = conditionReferences(condition);
    for (const fact of references.facts) {
      const index = factIds.indexOf(fact);
      if (index === -1) report(file, path, `unknown fact "${fact}"`);
      else if (index >= sees.facts)
        report(file, path, `fact "${fact}" is not known here (declare it earlier in facts.yaml)`);
    }
    for (const service of references.picked) {
      if (!services.has(service)) report(file, path, `unknown service "${service}"`);
      else if (sees.picked && !sees.picked.has(service))
        report(file, path, `"${service}" is not a candidate of an earlier slot`);
    }
    const askedBefore = sees.askedBefore;
    for (const { question, value } of references.answers) {
      const index = questionIndex.get(question);
      if (index === undefined) report(file, path, `unknown question "${question}"`);
      else if (!optionsOf(question).includes(value))
        report(file, path, `"${value}" is not an option of "${question}"`);
      else if (askedBefore !== undefined && index >= askedBefore) {
        report(file, path, `"${question}" must be asked before the question that depends on it`);
      }
    }
  };
  const checkService = (file: string, path: string, id: string) => {
    if (!services.has(id)) report(file, path, `unknown service "${id}"`);
  };
  const checkRecommendable = (file: string, path: string, id: string) => {
    const service = services.get(id);
    if (!service) report(file, path, `unknown service "${id}"`);
    else if (!isRecommendable(service)) report(file, path, `"${id}" is not open to new customers`);
  };
  const checkUnique = (file: string, path: string, ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) report(file, path, `duplicate ${what} "${id}"`);
      seen.add(id);
    }
  };

  const questionnaireFile = 'questionnaire.yaml';
  checkUnique(
    questionnaireFile,
    'sections',
    content.questionnaire.sections.map((s) => s.id),
    'section id',
  );
  checkUnique(
    questionnaireFile,
    'sections[].questions',
    questions.map((q) => q.id),
    'question id',
  );
  // Share links read a question by its alias or its id, and an option by its alias or its value,
  // so every spelling must name one thing; "v" carries the link's version.
  checkUnique(
    questionnaireFile,
    'sections[].questions[].alias',
    [
      versionKey,
      ...new Set(questions.map((q) => q.id)),
      ...questions.flatMap((q) => (q.alias && q.alias !== q.id ? [q.alias] : [])),
    ],
    'share-link key (question ids, aliases and the version key)',
  );
  content.questionnaire.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      const path = `sections[${s}].questions[${q}]`;
      checkUnique(
        questionnaireFile,
        `${path}.options`,
        question.options.map((o) => o.value),
        'option value',
      );
      checkUnique(
        questionnaireFile,
        `${path}.options[].alias`,
        [
          ...new Set(question.options.map((o) => o.value)),
          ...question.options.flatMap((o) => (o.alias && o.alias !== o.value ? [o.alias] : [])),
        ],
        'share-link value (option values and aliases)',
      );
      if (question.showIf)
        checkCondition(questionnaireFile, `${path}.showIf`, question.showIf, {
          askedBefore: questionIndex.get(question.id) ?? 0,
          facts: 0,
          picked: new Set(),
        });
    });
  });

  const roleQuestion = new Map<QuestionRole, string>();
  for (const question of questions) {
    if (!question.role) continue;
    const where = `question "${question.id}"`;
    if (roleQuestion.has(question.role))
      report(questionnaireFile, 'role', `role "${question.role}" is played by two questions`);
    else roleQuestion.set(question.role, question.id);
    if (question.kind !== questionRoles[question.role])
      report(
        questionnaireFile,
        'role',
        `${where} plays "${question.role}", which needs a ${questionRoles[question.role]}-choice question`,
      );
  }
  for (const role of Object.keys(questionRoles) as QuestionRole[]) {
    if (!roleQuestion.has(role))
      report(questionnaireFile, 'role', `no question plays the role "${role}"`);
  }
  const roleOptions = (role: QuestionRole) => optionsOf(roleQuestion.get(role) ?? '');
  const offloadValues = roleOptions('offload');
  const deliberationValues = roleOptions('deliberating');

  content.facts.forEach((fact, i) => {
    checkCondition('facts.yaml', `facts[${i}].when`, fact.when, { facts: i, picked: new Set() });
  });
  checkUnique('facts.yaml', 'facts', factIds, 'fact id');
  content.services.forEach((service, i) => {
    const file = files.services[i] ?? `services/${service.id}.yaml`;
    for (const [j, chore] of service.removes.entries()) {
      if (!offloadValues.includes(chore))
        report(file, `removes[${j}]`, `"${chore}" is not an option of "offload"`);
    }
    const lifecycle = service.lifecycle;
    if (lifecycle.status !== 'ga' && lifecycle.status !== 'renamed' && lifecycle.successor) {
      const successor = services.get(lifecycle.successor);
      if (!successor)
        report(file, 'lifecycle.successor', `unknown service "${lifecycle.successor}"`);
      else if (!isRecommendable(successor))
        report(
          file,
          'lifecycle.successor',
          `"${successor.id}" is not open to new customers either`,
        );
    }
  });

  const stackFile = 'stack.yaml';
  checkUnique(
    stackFile,
    'slots',
    content.slots.map((slot) => slot.id),
    'slot id',
  );
  const pickedBefore = new Set<string>();
  content.slots.forEach((slot, i) => {
    const path = `slots[${i}]`;
    const sees = { facts: factIds.length, picked: new Set(pickedBefore) };
    if (slot.stores) {
      const offered = optionsOf(slot.stores.question);
      for (const [j, model] of slot.stores.models.entries()) {
        if (!offered.includes(model))
          report(
            stackFile,
            `${path}.stores.models[${j}]`,
            `"${model}" is not an option of "${slot.stores.question}"`,
          );
      }
      slot.candidates.forEach((candidate, j) => {
        for (const [k, model] of (candidate.serves ?? []).entries()) {
          if (!offered.includes(model))
            report(
              stackFile,
              `${path}.candidates[${j}].serves[${k}]`,
              `"${model}" is not an option of "${slot.stores?.question}"`,
            );
        }
      });
      if (slot.when && conditionReferences(slot.when).picked.length > 0)
        report(stackFile, `${path}.when`, 'a slot that stores data cannot depend on picks');
    }
    slot.candidates.forEach((candidate, j) => {
      const at = `${path}.candidates[${j}]`;
      if (candidate.includeWhen)
        checkCondition(stackFile, `${at}.includeWhen`, candidate.includeWhen, sees);
      candidate.configuration.forEach((configuration, k) => {
        if (configuration.when)
          checkCondition(stackFile, `${at}.configuration[${k}].when`, configuration.when, sees);
      });
      checkUnique(
        stackFile,
        `${at}.configuration`,
        candidate.configuration.map((configuration) => configuration.id),
        'configuration id',
      );
    });
    for (const candidate of slot.candidates) pickedBefore.add(candidate.service);
    if (!slot.lane)
      report(stackFile, `${path}.lane`, 'every slot needs a lane: where the diagram draws it');
    if (slot.deliberation && !deliberationValues.includes(slot.deliberation)) {
      report(
        stackFile,
        `${path}.deliberation`,
        `"${slot.deliberation}" is not an option of "deliberating"`,
      );
    }
    if (slot.when) checkCondition(stackFile, `${path}.when`, slot.when, sees);
    checkUnique(
      stackFile,
      `${path}.candidates`,
      slot.candidates.map((c) => c.service),
      'candidate',
    );
    slot.candidates.forEach((candidate, j) => {
      checkService(stackFile, `${path}.candidates[${j}].service`, candidate.service);
      if (services.get(candidate.service)?.informational) {
        report(
          stackFile,
          `${path}.candidates[${j}].service`,
          `"${candidate.service}" is marked informational`,
        );
      }
    });
    if (
      !slot.candidates.some((candidate) => {
        const s = services.get(candidate.service);
        return s && isRecommendable(s);
      })
    ) {
      report(
        stackFile,
        `${path}.candidates`,
        'needs at least one service that is open to new customers',
      );
    }
  });

  const ruleIds = content.rules.flatMap((file) => file.rules.map((rule) => rule.id));
  content.rules.forEach((ruleFile, i) => {
    const file = files.rules[i] ?? `rules/${ruleFile.slot}.yaml`;
    const slotIndex = content.slots.findIndex((candidate) => candidate.id === ruleFile.slot);
    const slot = content.slots[slotIndex];
    if (!slot) report(file, 'slot', `unknown slot "${ruleFile.slot}"`);
    const sees = {
      facts: factIds.length,
      picked: new Set(
        content.slots
          .slice(0, Math.max(0, slotIndex))
          .flatMap((s) => s.candidates.map((c) => c.service)),
      ),
    };
    ruleFile.rules.forEach((rule, j) => {
      const path = `rules[${j}]`;
      for (const service of typeof rule.service === 'string' ? [rule.service] : rule.service) {
        if (slot && !slot.candidates.some((c) => c.service === service)) {
          report(
            file,
            `${path}.service`,
            `"${service}" is not a candidate of slot "${ruleFile.slot}" in stack.yaml`,
          );
        }
      }
      if (slot?.kind === 'bundle' && rule.score !== undefined)
        report(file, `${path}.score`, 'a bundle is not ranked: its rules can only exclude');
      checkCondition(file, `${path}.when`, rule.when, sees);
    });
  });
  checkUnique('rules/', 'rules[].id', ruleIds, 'rule id');

  content.stages.forEach((stage, i) => {
    stage.concerns.forEach((concern, j) => {
      concern.services.forEach((id, k) => {
        checkRecommendable('stages.yaml', `stages[${i}].concerns[${j}].services[${k}]`, id);
      });
    });
  });
  const stageIds = content.stages.map((stage) => stage.id);
  checkUnique('stages.yaml', 'stages', stageIds, 'stage id');
  if (stageIds.join() !== roleOptions('stage').join())
    report(
      'stages.yaml',
      'stages',
      `stage ids must be the options of the "stage" role question, in order: ${roleOptions('stage').join(', ')}`,
    );
  content.notices.lifecycle.forEach((notice, i) => {
    const path = `lifecycle[${i}]`;
    const service = services.get(notice.service);
    if (!service) report('notices.yaml', `${path}.service`, `unknown service "${notice.service}"`);
    else if (isRecommendable(service))
      report(
        'notices.yaml',
        `${path}.service`,
        `"${notice.service}" is still open to new customers`,
      );
    if (!content.slots.some((slot) => slot.id === notice.slot))
      report('notices.yaml', `${path}.slot`, `unknown slot "${notice.slot}"`);
    checkCondition('notices.yaml', `${path}.when`, notice.when);
  });
  checkCondition('notices.yaml', 'fixedCostWhen', content.notices.fixedCostWhen);
  checkUnique(
    'practices.yaml',
    'practices',
    content.practices.map((p) => p.id),
    'practice id',
  );
  content.practices.forEach((practice, i) => {
    if (practice.when) checkCondition('practices.yaml', `practices[${i}].when`, practice.when);
    if (practice.escalateWhen) {
      checkCondition('practices.yaml', `practices[${i}].escalateWhen`, practice.escalateWhen);
      if (!practice.escalateNote)
        report('practices.yaml', `practices[${i}].escalateNote`, 'required with escalateWhen');
    }
  });
  content.decisions.forEach((decision, i) => {
    const path = `decisions[${i}]`;
    if (decision.deliberation && !deliberationValues.includes(decision.deliberation)) {
      report(
        'decisions.yaml',
        `${path}.deliberation`,
        `"${decision.deliberation}" is not an option of "deliberating"`,
      );
    }
    if (decision.door.kind === 'one-way' && !decision.door.keepOpen) {
      report('decisions.yaml', `${path}.door.keepOpen`, 'a one-way door needs keepOpen');
    }
    if (decision.when) checkCondition('decisions.yaml', `${path}.when`, decision.when);
    decision.recommendation.cases.forEach((entry, j) => {
      checkCondition('decisions.yaml', `${path}.recommendation.cases[${j}].when`, entry.when);
    });
  });

  checkUnique(
    'presets/',
    'id',
    content.presets.map((preset) => preset.id),
    'preset id',
  );
  content.presets.forEach((preset, i) => {
    const file = files.presets[i] ?? `presets/${preset.id}.yaml`;
    for (const problem of parseAnswers(preset.answers, content.questionnaire).problems) {
      report(file, 'answers', describeAnswerProblem(problem));
    }
  });
  return issues;
}
