import catalogShape from 'virtual:content/catalog';
import catalogEn from 'virtual:content/catalog-texts-en';
import catalogJa from 'virtual:content/catalog-texts-ja';
import presets from 'virtual:content/presets';
import questionnaireShape from 'virtual:content/questionnaire';
import questionnaireEn from 'virtual:content/questionnaire-texts-en';
import questionnaireJa from 'virtual:content/questionnaire-texts-ja';
import type { Catalog, Content } from '../../src/domain/content';
import type { Questionnaire } from '../../src/domain/questionnaire-schema';
import { fillShape } from '../../src/domain/text-tables';

/**
 * The content with the texts of both languages, from the modules the app loads, for tests that
 * render a screen's component directly in either language. (src/node/load-content reads the files
 * from disk, which this simulated browser cannot.) Screens rendered through their routes load the
 * content in one language, as the app does.
 */
function bilingual(en: readonly string[], ja: readonly string[]) {
  return en.map((text, index) => ({ en: text, ja: ja[index] ?? '' }));
}

const questionnaire = fillShape(
  questionnaireShape,
  bilingual(questionnaireEn, questionnaireJa),
) as Questionnaire;
const catalog = fillShape(catalogShape, bilingual(catalogEn, catalogJa)) as Catalog;

export const content: Content = { ...catalog, questionnaire, presets };
