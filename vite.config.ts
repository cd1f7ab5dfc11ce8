/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/node/vite-content-plugin';
import { mainPathPrecache } from './src/node/main-path-precache';
import { prerenderPlugin } from './src/node/vite-prerender-plugin';
import { previewHeadersPlugin } from './src/node/vite-preview-headers-plugin';

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

/** Where the site is served from: `/` by default, `BASE_PATH=/advisor/ npm run build` for a sub-path. */
const base = process.env.BASE_PATH ?? '/';

const precache = mainPathPrecache();

export default defineConfig(({ command }) => ({
  base,
  plugins: [
    react(),
    contentPlugin(),
    prerenderPlugin(),
    previewHeadersPlugin(),
    precache.plugin,
    // vite-plugin-pwa generates the Workbox service worker and the manifest from the build output,
    // so every hashed chunk is found without a hand-kept list; the main path of one language is
    // precached, the rest cached when first used (src/node/main-path-precache.ts). `prompt`: a new
    // deploy waits until the user accepts it (src/ui/update-prompt.tsx) instead of swapping code
    // mid-session.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Startup Stack Advisor',
        short_name: 'Stack Advisor',
        description:
          "Answer a few questions and get the AWS managed services that fit your startup's stage.",
        lang: 'en',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f3a5f',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        manifestTransforms: [precache.transform],
        // Hashed names never change content: once fetched, a file is served from the cache.
        runtimeCaching: [
          {
            urlPattern: /\/assets\//,
            handler: 'CacheFirst',
            options: { cacheName: 'assets', expiration: { maxEntries: 200 } },
          },
        ],
        navigateFallback: 'index.html',
        // The first visit's page is taken over at once, so the texts it asks for next are cached.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
    // A timeout is there to end a hung test, not to judge speed: a test that takes 1 s on an idle
    // machine took 14 s on a loaded two-core one, and must not fail for that. Speed is measured
    // apart (npm run bench, npm run size).
    testTimeout: 60_000,
    hookTimeout: 60_000,
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
