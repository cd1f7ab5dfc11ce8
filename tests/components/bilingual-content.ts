import content from 'virtual:content';
import { loadTexts } from '../../src/app/content-texts';
import { languages } from '../../src/domain/languages';

/**
 * The app's content with the texts of both languages in, for tests that render a screen's
 * component directly. Screens rendered through their routes load their texts as the app does.
 */
await Promise.all(languages.map((lang) => loadTexts(['questionnaire', 'catalog'], lang)));

export default content;
