import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { securityHeaders } from '../../../src/node/security-headers';

/**
 * A static host for the sub-path test, like Amplify or CloudFront in front of S3: serves `dir`
 * below `base` with the production security headers, and index.html for any path without a file
 * (the SPA rewrite). Usage: tsx tests/e2e/support/static-server.ts <dir> <base> <port>
 */
const [dir = 'dist', base = '/', port = '4187'] = process.argv.slice(2);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!path.startsWith(base)) {
    response.writeHead(404).end();
    return;
  }
  const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, relative);
  const file =
    relative && existsSync(candidate) && statSync(candidate).isFile()
      ? candidate
      : join(dir, 'index.html');
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
}).listen(Number(port));
