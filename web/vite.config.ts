/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

// The dev server proxies the API (and the server-rendered sharing routes) to a running API:
// start it with scripts/run.sh, or point VITRIN_API at another address.
const api = process.env.VITRIN_API ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/media': { target: api },
      '/sitemap.xml': { target: api },
      '/robots.txt': { target: api },
      '/admin/jobs': { target: api },
    },
  },
  build: {
    // Hashed names under /assets/: the API serves these with an immutable cache lifetime.
    assetsDir: 'assets',
    manifest: true, // read by scripts/bundle-size.mjs
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
