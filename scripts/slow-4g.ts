import type { Page } from '@playwright/test';

/**
 * Chrome DevTools' "Slow 4G" preset, exactly (devtools-frontend, front_end/core/sdk/NetworkManager.ts,
 * `Slow4GConditions`): 1.6 Mbps down and 750 kbps up at 90%, and a 150 ms round trip times 3.75
 * because the emulation adds latency per request rather than per packet. Lighthouse's mobile
 * throttling is the same connection.
 */
export const slow4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
  connectionType: 'cellular4g',
} as const;

/** A mid-range phone's CPU next to a desktop's, as DevTools and Lighthouse assume. */
export const cpuSlowdown = 4;

/** Applies both to `page`; call before it navigates. */
export async function throttleLikeAPhone(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', slow4G);
  await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
}

/** The conditions in one line, for the head of a report. */
export const throttlingSummary =
  `Slow 4G (${slow4G.latency} ms latency, ${slow4G.downloadThroughput} B/s down, ` +
  `${slow4G.uploadThroughput} B/s up), CPU ${cpuSlowdown}x slower`;
