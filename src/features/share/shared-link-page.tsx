import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { usePagePath } from '../../ui/use-page-path';
import { PageLink } from '../../ui/page-link';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { decodeShareLink } from '../../domain/share-link/decode-share-link';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import buttons from '../../ui/button.module.css';
import { ConfirmAdoptChanges } from '../../ui/confirm-adopt-changes';
import type { RenderResults } from '../../ui/render-results';
import { sameAnswers } from '../../ui/same-answers';
import { useAdoptAnswers } from '../../ui/use-adopt-answers';
import { useDocumentTitle } from '../../ui/use-document-title';
import { usePreviewScenario } from '../../ui/use-preview-scenario';
import { countChanges } from '../../ui/what-if-scenario';
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
 * the user picks "Use these answers"; "what if" edits make a scenario over the link's answers on
 * this page only, and "Use these answers" saves what is shown, asking first when it has edits.
 */
export function SharedLinkPage({ query, questionnaire, renderResults }: SharedLinkPageProps) {
  const t = useLocalize();
  const navigate = useNavigate();
  const pagePath = usePagePath();
  const adopt = useAdoptAnswers();
  const saved = useAnswersStore((state) => state.answers);
  const decoded = useMemo(() => decodeShareLink(query, questionnaire), [query, questionnaire]);
  const scenario = usePreviewScenario('link', decoded.answers);
  const preview = scenario.answers;
  const changes = countChanges(scenario, questionnaire);
  const [asking, setAsking] = useState(false);
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
                <PageLink to="/results" className={buttons.primary}>
                  {t(messages.openMine)}
                </PageLink>
              ) : (
                <>
                  <button
                    type="button"
                    className={buttons.primary}
                    onClick={() => {
                      if (changes > 0) setAsking(true);
                      else adopt(preview);
                    }}
                  >
                    {t(messages.useThese)}
                  </button>
                  {hasSaved && (
                    <button
                      type="button"
                      className={buttons.secondary}
                      onClick={() => {
                        void navigate(pagePath('/results'));
                      }}
                    >
                      {t(messages.keepMine)}
                    </button>
                  )}
                </>
              )}
            </div>
          </section>
          <ConfirmAdoptChanges
            open={asking}
            origin="link"
            changes={changes}
            replacing={hasSaved}
            onConfirm={() => {
              setAsking(false);
              adopt(preview);
            }}
            onCancel={() => {
              setAsking(false);
            }}
          />
          {renderResults(scenario)}
        </>
      ) : (
        <div className={styles.empty}>
          <h1>{t(messages.pageTitle)}</h1>
          <p>{t(messages.nothingRead)}</p>
          <PageLink to="/questions" className={buttons.primary}>
            {t(messages.startQuestions)}
          </PageLink>
        </div>
      )}
    </>
  );
}
