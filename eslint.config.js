import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/** Every feature folder, read from disk so that a new one is fenced in without a config change. */
const features = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The layers, enforced on resolved paths, so `../stores/x`, `../../app/y` from a subfolder and a
 * re-export all count: the pure core imports nothing of the app, shared code (ui, stores, i18n)
 * nothing of the screens, and features nothing of each other or of the app that routes to them.
 */
const layerZones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'src/domain is the pure core: it imports only src/domain (and zod, yaml).',
  },
  ...['ui', 'stores', 'i18n'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/app', './src/features'],
    message: 'shared code must not depend on the screens that use it.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'features are routed to by src/app, never the other way round.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'features never import each other: move what they share to src/ui or src/domain.',
  })),
];

export default tseslint.config(
  {
    ignores: ['dist', 'dist-advisor', 'test-results', 'coverage', 'node_modules', 'content/schema'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // TypeScript files are modules to follow (for cycles), parsed as TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `const { facts, ...rest } = service` is how TypeScript code leaves a property out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Every write to storage goes through src/stores/browser-storage.ts, which survives a full or
    // disabled storage and tells the user once.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/stores/browser-storage.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'use browserStorage from src/stores/browser-storage' },
        { name: 'sessionStorage', message: 'use browserStorage from src/stores/browser-storage' },
      ],
    },
  },
  {
    // The pure core must run in Node, tests and the browser alike: no React, no DOM, no Node APIs,
    // no build-time modules. An allowlist, so a package added later is a decision, not an accident.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(zod|yaml)(/|$)|\\.{1,2}/)',
              message: 'src/domain imports only zod, yaml and other src/domain modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'Date'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'advice must be deterministic' },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
