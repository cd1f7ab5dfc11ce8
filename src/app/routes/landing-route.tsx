import presets from 'virtual:content/presets';
import outline from 'virtual:content/outline';
import { LandingPage } from '../../features/landing/landing-page';

export function LandingRoute() {
  return <LandingPage questionnaire={outline} presets={presets} />;
}
