/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/node/vite-content-plugin';

export default defineConfig({
  plugins: [react(), contentPlugin()],
  test: {
    include: ['tests/{unit,properties,components}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
