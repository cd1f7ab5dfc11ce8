import presets from 'virtual:content/presets';
import { useParams } from 'react-router';
import { PresetNotFound } from '../../features/presets/preset-not-found';
import { PresetPage } from '../../features/presets/preset-page';
import { CopyPresetLinkButton } from '../../features/share/copy-link-button';
import { useResultsContent } from '../use-screen-content';
import { renderResults } from './results-with-content';

/** `/p/:presetId`: an example team's results, for a mentor to put on every screen in the room. */
function PresetRoute() {
  const { presetId = '' } = useParams();
  const { questionnaire } = useResultsContent();
  const preset = presets.find((candidate) => candidate.id === presetId);
  if (!preset) return <PresetNotFound id={presetId} />;
  return (
    <PresetPage
      key={preset.id}
      preset={preset}
      questionnaire={questionnaire}
      renderResults={renderResults}
      copyLink={<CopyPresetLinkButton presetId={preset.id} />}
    />
  );
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { PresetRoute as Component };
