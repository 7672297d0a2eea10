import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served by Electron's custom protocol or by the browser-mode server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
});
