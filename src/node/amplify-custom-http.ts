/** A YAML scalar in quotes: single unless the value holds one (the CSP's `'self'`). */
function quoted(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (/["\\]/.test(value)) throw new Error(`no quoting written for ${value}`);
  return `"${value}"`;
}

const headerLines = (headers: Readonly<Record<string, string>>) =>
  Object.entries(headers).flatMap(([key, value]) => [
    `      - key: ${quoted(key)}`,
    `        value: ${quoted(value)}`,
  ]);

/**
 * `customHttp.yml`, the response headers of AWS Amplify Hosting, for a build with these security
 * headers (src/node/security-headers.ts): written by `npm run headers`, never by hand, as the
 * Content-Security-Policy names the hashes of the build's inline styles.
 */
export function amplifyCustomHttp(securityHeaders: Readonly<Record<string, string>>): string {
  return [
    '# Response headers for AWS Amplify Hosting. Written by `npm run headers` from',
    '# src/node/security-headers.ts and the inline styles of the build; a browser test fails when it',
    '# no longer matches the build. Format:',
    '# https://docs.aws.amazon.com/amplify/latest/userguide/custom-header-YAML-format.html',
    'customHeaders:',
    "  - pattern: '**/*'",
    '    headers:',
    ...headerLines(securityHeaders),
    '  # The service worker must be revalidated on every visit, or a new deploy is never offered.',
    "  - pattern: 'sw.js'",
    '    headers:',
    ...headerLines({ 'Cache-Control': 'no-cache' }),
    "  - pattern: 'assets/*'",
    '    headers:',
    ...headerLines({ 'Cache-Control': 'public, max-age=31536000, immutable' }),
    '',
  ].join('\n');
}
