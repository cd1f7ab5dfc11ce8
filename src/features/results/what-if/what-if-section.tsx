import type { Advice } from '../../../domain/advice';
import type { Answers } from '../../../domain/answers';
import type { ResultsContent } from '../../../domain/results-content';
import type { WhatIfScenario } from '../../../ui/what-if-scenario';
import { ChangeStatus } from './change-status';
import { ScenarioSummary } from './scenario-summary';
import type { StackChanges } from './stack-changes';
import { useStableAnswerChange } from './use-stable-answer-change';
import type { Adviser } from './use-what-if-advice';
import { WhatIfPanel } from './what-if-panel';

interface WhatIfSectionProps {
  scenario: WhatIfScenario;
  /** The scenario's answers the engine sees (hidden questions dropped). */
  shown: Answers;
  /** The advice for the scenario's answers, and what the last edit changed in it. */
  advice: Advice;
  changes: StackChanges | null;
  content: ResultsContent;
  adviser: Adviser;
}

/**
 * The body of the "what if" section: the scenario against the answers it starts from, what the
 * last edit did, and every answer, editable. Edits go to the scenario, never straight to the saved
 * answers.
 */
export function WhatIfSection({
  scenario,
  shown,
  advice,
  changes,
  content,
  adviser,
}: WhatIfSectionProps) {
  const onChange = useStableAnswerChange(scenario.change);
  return (
    <>
      <ScenarioSummary scenario={scenario} advice={advice} content={content} adviser={adviser} />
      <ChangeStatus changes={changes} stack={advice.stack} cost={advice.cost.monthly} />
      <WhatIfPanel
        answers={shown}
        content={content}
        status={adviser.whatIf}
        onAnswerChange={onChange}
      />
    </>
  );
}
