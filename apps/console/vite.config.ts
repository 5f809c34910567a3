import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Port 5173 by default (see DESIGN.md). The API and playground URLs come from /config.js at
// run time (see src/config.ts), so one build serves every environment.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 5173, strictPort: true, host: '127.0.0.1' },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 4000 },
});
