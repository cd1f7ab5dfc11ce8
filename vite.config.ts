/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/node/vite-content-plugin';

/**
 * react-router's package exports name no "production" condition, so bundlers pick its development
 * build (extra checks and warnings, about 10 KB gzip more). Builds use the production files it ships.
 */
const reactRouterProduction = {
  'react-router/dom': fileURLToPath(
    new URL('node_modules/react-router/dist/production/dom-export.mjs', import.meta.url),
  ),
  'react-router': fileURLToPath(
    new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url),
  ),
};

export default defineConfig(({ command }) => ({
  plugins: [react(), contentPlugin()],
  resolve: {
    alias: command === 'build' ? reactRouterProduction : {},
  },
  build: {
    rolldownOptions: {
      // The domain declares zod schemas at module level; the browser gets content already
      // validated, so those declarations are dead weight there. Marking zod's builders pure lets the
      // bundler drop every schema the app never calls, and with them zod itself.
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/{unit,properties}/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        // Screens render in a simulated DOM; stores and localStorage are reset after each test.
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts', 'tests/components/setup.ts'],
        },
      },
    ],
  },
}));
