import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { decodeShareLink } from '../../domain/share-link/decode-share-link';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import buttons from '../../ui/button.module.css';
import type { RenderResults } from '../../ui/render-results';
import { sameAnswers } from '../../ui/same-answers';
import { useAdoptAnswers } from '../../ui/use-adopt-answers';
import { useDocumentTitle } from '../../ui/use-document-title';
import { usePreviewScenario } from '../../ui/use-preview-scenario';
import { LinkProblemsNotice } from './link-problems-notice';
import { shareMessages as messages } from './messages';
import styles from './share.module.css';

interface SharedLinkPageProps {
  /** The link's query string, with or without its `?`. */
  query: string;
  questionnaire: Questionnaire;
  renderResults: RenderResults;
}

/**
 * `/s?…`: the results for the answers in a share link. The saved answers are never touched until
 * the user picks "Use these answers"; "what if" edits here change only this preview.
 */
export function SharedLinkPage({ query, questionnaire, renderResults }: SharedLinkPageProps) {
  const t = useLocalize();
  const navigate = useNavigate();
  const adopt = useAdoptAnswers();
  const saved = useAnswersStore((state) => state.answers);
  const decoded = useMemo(() => decodeShareLink(query, questionnaire), [query, questionnaire]);
  const scenario = usePreviewScenario('link', decoded.answers);
  const preview = scenario.answers;
  useDocumentTitle(t(messages.pageTitle));

  const hasSaved = Object.keys(saved).length > 0;
  const same = hasSaved && sameAnswers(saved, preview, questionnaire);
  const readAny = Object.keys(decoded.answers).length > 0;

  return (
    <>
      {decoded.problems.length > 0 && (
        <LinkProblemsNotice problems={decoded.problems} questionnaire={questionnaire} />
      )}
      {readAny ? (
        <>
          <section className={styles.banner} aria-labelledby="shared-banner-title">
            <h2 id="shared-banner-title" className={styles.bannerTitle}>
              {t(messages.bannerTitle)}
            </h2>
            <p>
              {t(
                same
                  ? messages.bannerSame
                  : hasSaved
                    ? messages.bannerDiffers
                    : messages.bannerNoSaved,
              )}
            </p>
            <div className={styles.actions}>
              {same ? (
                <Link to="/results" className={buttons.primary}>
                  {t(messages.openMine)}
                </Link>
              ) : (
                <>
                  <button
                    type="button"
                    className={buttons.primary}
                    onClick={() => {
                      adopt(preview);
                    }}
                  >
                    {t(messages.useThese)}
                  </button>
                  {hasSaved && (
                    <button
                      type="button"
                      className={buttons.secondary}
                      onClick={() => {
                        void navigate('/results');
                      }}
                    >
                      {t(messages.keepMine)}
                    </button>
                  )}
                </>
              )}
            </div>
          </section>
          {renderResults(scenario)}
        </>
      ) : (
        <div className={styles.empty}>
          <h1>{t(messages.pageTitle)}</h1>
          <p>{t(messages.nothingRead)}</p>
          <Link to="/questions" className={buttons.primary}>
            {t(messages.startQuestions)}
          </Link>
        </div>
      )}
    </>
  );
}
