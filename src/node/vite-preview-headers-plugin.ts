import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { builtStyleHashes } from './inline-style-hashes';
import { securityHeaders } from './security-headers';

/**
 * `vite preview` answers with the production headers of the build it serves: its inline styles'
 * hashes are read from that build's HTML when the server starts, whatever `--outDir` names.
 */
export function previewHeadersPlugin(): Plugin {
  return {
    name: 'startup-stack-advisor:preview-headers',
    configurePreviewServer(server) {
      const { root, build } = server.config;
      const headers = securityHeaders(builtStyleHashes(resolve(root, build.outDir)));
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
  };
}
