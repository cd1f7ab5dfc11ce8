import { memo } from 'react';
import type { RoadmapStep } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { roadmapPositionLabels } from '../../domain/engine-labels';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { serviceName } from '../../domain/content-lookup';
import { messages } from './messages';
import { SCurve } from './s-curve';
import shared from './shared.module.css';
import styles from './stage-roadmap.module.css';

interface StageRoadmapProps {
  steps: readonly RoadmapStep[];
  content: ResultsContent;
}

/** The S-curve, then each stage's concerns and services; stages ahead say when to revisit. */
export const StageRoadmap = memo(function StageRoadmap({ steps, content }: StageRoadmapProps) {
  const t = useLocalize();
  const format = useFormat();
  return (
    <>
      <SCurve steps={steps} />
      <ol className={styles.stages}>
        {steps.map((step) => {
          const ahead = step.position === 'next' || step.position === 'later';
          return (
            <li
              key={step.stage}
              className={step.position === 'now' ? styles.stageNow : styles.stage}
              aria-current={step.position === 'now' ? 'step' : undefined}
            >
              <h3 className={styles.title}>{t(step.title)}</h3>
              <p className={styles.position}>
                <span className={step.position === 'now' ? shared.badgeOk : shared.badgeNeutral}>
                  {t(roadmapPositionLabels[step.position])}
                </span>
              </p>
              <ul className={styles.concerns}>
                {step.concerns.map((concern) => (
                  <li key={concern.id}>
                    {t(messages.roadmapConcern, {
                      concern: t(concern.label),
                      services: format.list(concern.services.map((id) => serviceName(content, id))),
                    })}
                  </li>
                ))}
              </ul>
              {ahead ? (
                <p className={styles.trigger}>
                  {t(messages.roadmapRevisitWhen, { trigger: t(step.trigger) })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
});
