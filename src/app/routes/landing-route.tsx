import presets from 'virtual:content/presets';
import questionnaire from 'virtual:content/questionnaire';
import { LandingPage } from '../../features/landing/landing-page';

export function LandingRoute() {
  return <LandingPage questionnaire={questionnaire} presets={presets} />;
}
