/**
 * The Content-Security-Policy of a build. No inline scripts, no eval, nothing from another origin:
 * the app ships everything it uses and sends answers nowhere. The only inline code is the CSS each
 * prerendered page carries in one `<style>` block (so its first paint waits for no stylesheet),
 * allowed block by block by its hash, `'sha256-…'` (src/node/inline-style-hashes.ts).
 */
export const contentSecurityPolicy = (styleHashes: readonly string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');

/**
 * Every powerful feature the app never uses, denied to it and to anything that might get in.
 * Only names Chromium knows: an unknown one is logged as an error on every page load. Clipboard
 * writes stay allowed, for "Copy link".
 */
export const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * The response headers a build runs under, given the hashes of its inline styles: served by
 * `vite preview` and the browser tests' static host, and written into `customHttp.yml` for Amplify
 * Hosting by `npm run headers`.
 */
export const securityHeaders = (
  styleHashes: readonly string[],
): Readonly<Record<string, string>> => ({
  'Content-Security-Policy': contentSecurityPolicy(styleHashes),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': permissionsPolicy,
  // Two years, the value hstspreload.org asks for; browsers ignore it over plain http (localhost).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  // No window the app opens, or that opens it, can reach into it.
  'Cross-Origin-Opener-Policy': 'same-origin',
});
