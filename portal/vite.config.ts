/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The gateway (http://localhost:8080) serves the API and /portal-config.json; during
// `npm run dev` Vite forwards both there, so the page talks to one origin as in production.
const gateway = process.env.CAREFLOW_GATEWAY ?? 'http://localhost:8080';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // one small bundle; no inline scripts (the CSP forbids them) and no module preload polyfill
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': gateway, '/portal-config.json': gateway },
  },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
  },
});
