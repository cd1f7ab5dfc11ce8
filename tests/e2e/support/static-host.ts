import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { builtStyleHashes } from '../../../src/node/inline-style-hashes';
import { securityHeaders } from '../../../src/node/security-headers';
import { amplifyTarget } from './amplify-rewrites';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Files of a build that the Amplify rewrites would answer with another file instead. */
export function filesHiddenByRewrite(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => `/${file.split(sep).join('/')}`)
    .filter((path) => {
      const target = amplifyTarget(path);
      return statSync(join(dir, path)).isFile() && target !== undefined && target !== path;
    });
}

interface StaticHostOptions {
  dir: string;
  /** The sub-path the site is served below, with slashes at both ends: `/` or `/advisor/`. */
  base: string;
  /** Changes a file's bytes as served, e.g. to stand in for a new deploy; by site path (`/sw.js`). */
  transform?: (sitePath: string, body: Buffer) => Buffer;
}

/**
 * A static host like Amplify Hosting: serves `dir` below `base` with the production security
 * headers and the rewrites README "Deploy" documents (a prerendered page's file, else index.html, status
 * 200, for every path a rule matches, whether a file is there or not).
 */
export function createStaticHost({ dir, base, transform }: StaticHostOptions): Server {
  // Read on the first request, not here: a test file makes its host before the build is written.
  let built: Readonly<Record<string, string>> | undefined;
  return createServer((request, response) => {
    const headers = (built ??= securityHeaders(builtStyleHashes(dir)));
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    const sitePath = `/${path.slice(base.length)}`;
    const relative = normalize(sitePath.slice(1)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, amplifyTarget(sitePath)?.slice(1) ?? relative);
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, headers).end();
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, {
      ...headers,
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    });
    response.end(transform ? transform(sitePath, body) : body);
  });
}
