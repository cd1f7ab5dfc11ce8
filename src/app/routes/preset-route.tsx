import presets from 'virtual:content/presets';
import questionnaire from 'virtual:content/questionnaire';
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { PresetNotFound } from '../../features/presets/preset-not-found';
import { PresetPage } from '../../features/presets/preset-page';
import { useLocalize } from '../../i18n/use-localize';
import { appMessages } from '../messages';
import { LazyResultsPage } from './lazy-results-page';

/** `/p/:presetId`: an example team's results, for a mentor to put on every screen in the room. */
function PresetRoute() {
  const t = useLocalize();
  const { presetId = '' } = useParams();
  const preset = presets.find((candidate) => candidate.id === presetId);
  if (!preset) return <PresetNotFound id={presetId} />;
  return (
    <PresetPage
      key={preset.id}
      preset={preset}
      questionnaire={questionnaire}
      renderResults={(answers, onAnswerChange) => (
        <Suspense fallback={<p role="status">{t(appMessages.loading)}</p>}>
          <LazyResultsPage answers={answers} onAnswerChange={onAnswerChange} />
        </Suspense>
      )}
    />
  );
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { PresetRoute as Component };
