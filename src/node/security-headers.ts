/**
 * The response headers the built app runs under, served by `vite preview`, the sub-path test server
 * and (copied into `customHttp.yml`) Amplify Hosting. No inline scripts or styles, no eval, nothing
 * from another origin: the app ships everything it uses and sends answers nowhere.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
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

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': permissionsPolicy,
  // Two years, the value hstspreload.org asks for; browsers ignore it over plain http (localhost).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  // No window the app opens, or that opens it, can reach into it.
  'Cross-Origin-Opener-Policy': 'same-origin',
};
