import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Port 4321 by default (see DESIGN.md); `npm start` passes the demo tenant as VITE_SCENARO_*.
export default defineConfig({
  plugins: [react()],
  server: { port: 4321, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4321, strictPort: true, host: '127.0.0.1' },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
});
