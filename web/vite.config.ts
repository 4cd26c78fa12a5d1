/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/brand.css': 'http://localhost:4000',
      '/brand/': 'http://localhost:4000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // An area's pages (pages/<area>/pages.ts, loaded lazily) are one chunk, named after the area.
        chunkFileNames(chunk) {
          const area = chunk.facadeModuleId?.match(/[\\/]pages[\\/]([^\\/]+)[\\/]pages\.ts$/)?.[1];
          return area ? `assets/area-${area}-[hash].js` : 'assets/[name]-[hash].js';
        },
        // Libraries change less often than the panel: separate chunks cache better.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/](@apollo|graphql|@wry|optimism|zen-observable|ts-invariant)[\\/]/.test(id)) return 'apollo';
          return 'vendor';
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
