// The web UI's build: a React single-page app served by `vigil serve` under /app/ (see
// src/http/web-app.ts). `npm run build:ui` writes web/dist; `npm ci` builds it through `prepare`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // One chunk for the charts keeps the first page light.
    rollupOptions: { output: { manualChunks: { charts: ['recharts'] } } },
  },
  server: {
    // `npm run dev:ui` proxies the API to a running `vigil serve` on :8080.
    proxy: { '^/(?!app/|@|src/|node_modules/).*': 'http://localhost:8080' },
  },
});
