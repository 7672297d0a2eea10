import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served by Electron's custom protocol or by the browser-mode server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The camera's frame decoder runs in a module worker (renderer/scanning/frame-decoder.worker.ts).
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // zod's sources carry esbuild-style purity comments that rollup drops with a warning on every
      // build; they change nothing in the bundle, so they are not worth a newcomer's attention.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
