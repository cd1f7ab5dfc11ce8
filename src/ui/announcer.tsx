import { useAnnouncementStore } from '../stores/announcement-store';
import { LiveRegion } from './live-region';

/** The app-wide live region; the layout renders it once, anything may `announce` through it. */
export function Announcer() {
  return <LiveRegion message={useAnnouncementStore((state) => state.message)} />;
}
