import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// `vite build web` → web/dist, served by `veille serve` (src/api/web-static.ts).
// `vite web` in development proxies /api to a running `veille serve` (VEILLE_API, default :8080).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [preact()],
  server: {
    fs: { allow: ['..'] },
    proxy: { '/api': process.env.VEILLE_API ?? 'http://127.0.0.1:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The map's world boundaries are a lazy chunk of their own; the warning is for the first load.
    chunkSizeWarningLimit: 900,
  },
});
