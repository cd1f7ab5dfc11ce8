import type { StageStep } from '../../domain/compare/next-stage-answers';
import { useLocalize } from '../../i18n/use-localize';
import { compareMessages as messages } from './messages';
import styles from './compare-page.module.css';

/**
 * Names the two stages "one stage later" compares ("Seed → Early"), or says why both sides are
 * the same, so a room looking at a projected comparison knows what it is looking at.
 */
export function StageStepNote({ step: { from, to } }: { step: StageStep }) {
  const t = useLocalize();
  if (!from) return <p className={styles.note}>{t(messages.noStage)}</p>;
  if (!to) return <p className={styles.note}>{t(messages.lastStage, { stage: t(from.title) })}</p>;
  return (
    <p className={styles.stageStep}>
      {t(messages.stageStep, { from: t(from.title), to: t(to.title) })}
    </p>
  );
}
