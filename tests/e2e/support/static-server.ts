import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { securityHeaders } from '../../../src/node/security-headers';
import { rewritesToIndex } from './amplify-spa-rewrite';

/**
 * A static host for the sub-path test, like Amplify Hosting: serves `dir` below `base` with the
 * production security headers and the SPA rewrite README "Deploy" documents (index.html, status
 * 200, for every path the rule matches, whether a file is there or not). It refuses to start on a
 * build with a file that rule would hide. Usage: tsx tests/e2e/support/static-server.ts <dir> <base> <port>
 */
const [dir = 'dist', base = '/', port = '4187'] = process.argv.slice(2);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const hidden = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .map((file) => `/${file.split(sep).join('/')}`)
  .filter(
    (path) => path !== '/index.html' && statSync(join(dir, path)).isFile() && rewritesToIndex(path),
  );
if (hidden.length > 0) {
  process.stderr.write(
    `static-server: the Amplify SPA rewrite in README "Deploy" would serve index.html for ${hidden.join(', ')}; add their extension to tests/e2e/support/amplify-spa-rewrite.ts and the README\n`,
  );
  process.exit(1);
}

createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!path.startsWith(base)) {
    response.writeHead(404).end();
    return;
  }
  const sitePath = `/${path.slice(base.length)}`;
  const relative = normalize(sitePath.slice(1)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, rewritesToIndex(sitePath) ? 'index.html' : relative);
  if (!existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, securityHeaders).end();
    return;
  }
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
}).listen(Number(port));
