import type { Questionnaire } from '../../domain/questionnaire-schema';
import { escapeControls } from '../../domain/show-untrusted';
import {
  describeShareLinkProblem,
  type ShareLinkProblem,
} from '../../domain/share-link/share-link-problem';
import { useFormat } from '../../i18n/use-format';
import { useLang, useLocalize } from '../../i18n/use-localize';
import { shareMessages as messages } from './messages';
import styles from './share.module.css';

/**
 * Enough to see what went wrong with a link. A link of 4,000 junk pairs listed every one of them
 * and pushed the results 100,000 px down the page; the rest is counted instead.
 */
const maxListed = 5;

/**
 * The parts of a link that could not be read, in words, so nothing is dropped silently. The parts
 * a sentence quotes are cut short by the decoder; control and bidi characters in them are shown as
 * escapes here, so that they cannot reorder or hide the sentence around them.
 */
export function LinkProblemsNotice({
  problems,
  questionnaire,
}: {
  problems: readonly ShareLinkProblem[];
  questionnaire: Questionnaire;
}) {
  const t = useLocalize();
  const lang = useLang();
  const format = useFormat();
  const more = problems.length - maxListed;
  return (
    <section className={styles.notice} aria-labelledby="link-problems-title">
      <h2 id="link-problems-title" className={styles.noticeTitle}>
        {t(messages.problemsTitle)}
      </h2>
      <p>{t(messages.problemsIntro)}</p>
      <ul>
        {problems.slice(0, maxListed).map((problem, index) => (
          // The same problem can occur twice (a key repeated twice), so the index keeps keys unique.
          <li key={index}>
            {escapeControls(describeShareLinkProblem(problem, lang, questionnaire))}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t(messages.problemsMore, { count: format.number(more) })}</p>}
    </section>
  );
}
