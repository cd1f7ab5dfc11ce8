import presets from 'virtual:content/presets';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import type { Preset } from '../../domain/guidance-schema';
import type { InLanguage } from '../../domain/in-language';
import type { ExamplePage } from '../../domain/results-content';
import { PresetNotFound } from '../../features/presets/preset-not-found';
import { PresetPage } from '../../features/presets/preset-page';
import { ResultsPage } from '../../features/results/results-page';
import type { Adviser } from '../../features/results/what-if/use-what-if-advice';
import { CopyPresetLinkButton } from '../../features/share/copy-link-button';
import { useLang } from '../../i18n/use-localize';
import type { RenderResults } from '../../ui/render-results';
import { useEngineResults, type EngineResults } from '../use-engine-results';
import { useExampleContent } from '../use-screen-content';

/**
 * The results an example team's page shows: the build's advice for its answers, with the part of
 * the catalog that advice shows, until the engine and the whole catalog are in (they load once the
 * page is idle); then those, which advise the same for its answers and any "what if" edit.
 */
function useExampleResults(example: InLanguage<ExamplePage>, engine: EngineResults): RenderResults {
  const adviser = useMemo<Adviser>(
    // Only ever asked for the example's own answers: "what if" edits wait for the engine.
    () => ({
      advise: () => example.advice,
      whatIf: engine.status === 'unavailable' ? 'unavailable' : 'loading',
    }),
    [example, engine.status],
  );
  return (scenario) =>
    engine.status === 'ready' ? (
      <ResultsPage scenario={scenario} content={engine.content} adviser={engine.adviser} />
    ) : (
      <ResultsPage scenario={scenario} content={example.content} adviser={adviser} />
    );
}

function ExampleTeam({ preset, example }: { preset: Preset; example: InLanguage<ExamplePage> }) {
  const engine = useEngineResults(useLang());
  return (
    <PresetPage
      preset={preset}
      questionnaire={example.content.questionnaire}
      renderResults={useExampleResults(example, engine)}
      copyLink={<CopyPresetLinkButton presetId={preset.id} />}
    />
  );
}

/** `/p/:presetId`: an example team's results, for a mentor to put on every screen in the room. */
function PresetRoute() {
  const { presetId = '' } = useParams();
  const { example } = useExampleContent();
  const preset = presets.find((candidate) => candidate.id === presetId);
  if (!preset || !example) return <PresetNotFound id={presetId} />;
  return <ExampleTeam key={preset.id} preset={preset} example={example} />;
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { PresetRoute as Component };
