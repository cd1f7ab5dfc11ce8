import { PageLink } from '../../ui/page-link';
import { allQuestions } from '../../domain/answers';
import type { Preset } from '../../domain/guidance-schema';
import type { QuestionnaireOutline } from '../../domain/questionnaire-outline';
import { flowProgress, questionnaireFlow } from '../../domain/questionnaire-flow';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import buttons from '../../ui/button.module.css';
import { StartOverButton } from '../../ui/start-over-button';
import { useDocumentTitle } from '../../ui/use-document-title';
import { uiMessages } from '../../ui/messages';
import { useQuestionsPath } from '../../ui/use-questions-path';
import { landingMessages as messages } from './messages';
import { PresetList } from './preset-list';
import styles from './landing-page.module.css';

interface LandingPageProps {
  questionnaire: QuestionnaireOutline;
  presets: readonly Preset[];
}

/** What the tool does, a way in (fresh or where the user left off), and the example teams. */
export function LandingPage({ questionnaire, presets }: LandingPageProps) {
  const t = useLocalize();
  const format = useFormat();
  const answers = useAnswersStore((state) => state.answers);
  const savedAt = useAnswersStore((state) => state.savedAt);
  const questionsPath = useQuestionsPath(questionnaire);
  useDocumentTitle(t(uiMessages.appName));

  const hasAnswers = Object.keys(answers).length > 0;
  const progress = flowProgress(questionnaireFlow(questionnaire, answers), answers);
  const finished = hasAnswers && progress.answered === progress.total;
  const counts = {
    answered: format.number(progress.answered),
    total: format.number(progress.total),
  };

  return (
    <>
      <section className={styles.hero}>
        <h1 className={styles.title}>{t(messages.title)}</h1>
        <ul className={styles.pitch}>
          <li>
            {t(messages.lineQuestions, {
              count: format.number(allQuestions(questionnaire).length),
            })}
          </li>
          <li>{t(messages.lineServices)}</li>
          <li>{t(messages.lineDoors)}</li>
        </ul>
        {hasAnswers && (
          <p className={styles.saved}>
            {savedAt
              ? t(messages.saved, { date: format.dateTime(savedAt), ...counts })
              : t(messages.savedUndated, counts)}
          </p>
        )}
        <div className={styles.actions}>
          {!hasAnswers && (
            <PageLink to={questionsPath} className={buttons.primary}>
              {t(messages.start)}
            </PageLink>
          )}
          {hasAnswers && finished && (
            <>
              <PageLink to="/results" className={buttons.primary}>
                {t(messages.seeResults)}
              </PageLink>
              <PageLink to="/review" className={buttons.secondary}>
                {t(messages.review)}
              </PageLink>
            </>
          )}
          {hasAnswers && !finished && (
            <PageLink to={questionsPath} className={buttons.primary}>
              {t(messages.continue)}
            </PageLink>
          )}
          {hasAnswers && <StartOverButton />}
        </div>
      </section>

      <section className={styles.presets} aria-labelledby="presets-title">
        <h2 id="presets-title">{t(messages.presetsTitle)}</h2>
        <p className={styles.presetsIntro}>{t(messages.presetsIntro)}</p>
        <PresetList presets={presets} />
      </section>
    </>
  );
}
