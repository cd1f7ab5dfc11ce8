import { fireEvent, render, screen } from '@testing-library/react';
import presets from 'virtual:content/presets';
import { describe, expect, test } from 'vitest';
import { screenContent } from '../../../src/app/content-in-language';
import { engineAdviser } from '../../../src/app/engine-adviser';
import { parseAnswers } from '../../../src/domain/answers';
import { languages } from '../../../src/domain/languages';
import type { ResultsContent } from '../../../src/domain/results-content';
import { ResultsPage } from '../../../src/features/results/results-page';
import type { Adviser } from '../../../src/features/results/what-if/use-what-if-advice';
import { useLanguageStore } from '../../../src/stores/language-store';
import type { ScenarioOverPreview } from '../../../src/ui/what-if-scenario';

/**
 * An example team's page shows the advice the build worked out, with only the part of the catalog
 * that advice shows (src/domain/results-content.ts), until the engine and the whole catalog are
 * in. Both must make the same page, every part open, in every language: a part of the catalog the
 * page reads but the build left out would show here as a difference.
 */
async function bothPages(presetId: string, lang: (typeof languages)[number]) {
  const { example } = await screenContent.example.load(lang, { presetId });
  const { content } = await screenContent.results.load(lang);
  if (!example) throw new Error(`no example page for ${presetId}`);
  const preset = presets.find((candidate) => candidate.id === presetId);
  const answers = parseAnswers(preset?.answers, content.questionnaire).answers;
  const scenario: ScenarioOverPreview = {
    origin: 'example',
    base: answers,
    answers,
    change: () => {},
    discard: () => {},
  };
  const fromBuild: Adviser = { advise: () => example.advice, whatIf: 'ready' };
  useLanguageStore.setState({ lang });
  const markup = (pageContent: ResultsContent, adviser: Adviser) => {
    const view = render(
      <ResultsPage scenario={scenario} content={pageContent} adviser={adviser} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^(Open every part|すべて開く)$/ }));
    // useId counts across renders in a browser: the two pages' ids differ only by that count.
    const html = view.container.innerHTML.replace(/_r_[\da-z]+_/g, 'id');
    view.unmount();
    return html;
  };
  return {
    example: markup(example.content, fromBuild),
    engine: markup(content, engineAdviser(content)),
  };
}

/** Each page around where the two first differ, so a failure shows that, not 60 KB of markup. */
function aroundFirstDifference(a: string, b: string): [string, string] {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  if (at === a.length && a.length === b.length) return ['', ''];
  const around = (page: string) => page.slice(Math.max(0, at - 200), at + 200);
  return [around(a), around(b)];
}

describe("an example team's page before the engine is in", () => {
  test.each(presets.flatMap((preset) => languages.map((lang) => [preset.id, lang] as const)))(
    '%s in %s is the page the engine and the whole catalog make',
    async (presetId, lang) => {
      const { example, engine } = await bothPages(presetId, lang);
      expect(example.length, 'a whole page, every part open').toBeGreaterThan(20_000);
      const [fromBuild, fromEngine] = aroundFirstDifference(example, engine);
      expect(fromBuild, 'where the pages first differ').toBe(fromEngine);
    },
  );

  test('an id the build has no example for loads none', async () => {
    const { example } = await screenContent.example.load('en', { presetId: 'no-such-team' });
    expect(example).toBeUndefined();
  });
});
