import {
  describeShareLinkProblem,
  type ShareLinkProblem,
} from '../../domain/share-link/share-link-problem';
import { useLang, useLocalize } from '../../i18n/use-localize';
import { shareMessages as messages } from './messages';
import styles from './share.module.css';

/** Each part of a link that could not be read, in words, so nothing is dropped silently. */
export function LinkProblemsNotice({ problems }: { problems: readonly ShareLinkProblem[] }) {
  const t = useLocalize();
  const lang = useLang();
  return (
    <section className={styles.notice} aria-labelledby="link-problems-title">
      <h2 id="link-problems-title" className={styles.noticeTitle}>
        {t(messages.problemsTitle)}
      </h2>
      <p>{t(messages.problemsIntro)}</p>
      <ul>
        {problems.map((problem, index) => (
          // The same problem can occur twice (a key repeated twice), so the index keeps keys unique.
          <li key={index}>{describeShareLinkProblem(problem, lang)}</li>
        ))}
      </ul>
    </section>
  );
}
