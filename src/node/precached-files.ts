/**
 * The files a built service worker (Workbox's generated `sw.js`) precaches, relative to the site's
 * root, each once: its precache list names them as `url:"assets/…"`.
 */
export function precachedFiles(serviceWorker: string): string[] {
  return [...new Set([...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? ''))];
}
