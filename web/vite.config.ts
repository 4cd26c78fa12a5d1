/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineDocuments } from './build/inlineDocuments';
import { precompress } from './build/precompress';

/**
 * GraphiQL's stylesheet embeds Roboto and Fira Code as data: fonts, which the panel's
 * Content-Security-Policy (font-src 'self') refuses; the explorer uses the panel's own font stacks
 * instead (pages/developers/explorer.css), so those @font-face rules are dropped (and 400 kB with them).
 */
const dropGraphiqlFonts = {
  postcssPlugin: 'drop-graphiql-fonts',
  AtRule: {
    'font-face': (rule: { source?: { input: { file?: string } }; remove(): void }) => {
      if (/[\\/]node_modules[\\/](graphiql|@graphiql)[\\/]/.test(rule.source?.input.file ?? '')) rule.remove();
    },
  },
};

export default defineConfig({
  plugins: [inlineDocuments(), react(), tailwindcss(), precompress()],
  // Apollo Client's development-only checks and messages are left out of the build (its documented switch).
  define: { 'globalThis.__DEV__': 'false' },
  css: { postcss: { plugins: [dropGraphiqlFonts] } },
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
    // dist/.vite/manifest.json: what the entry loads, read by the initial-load budget test and the bench.
    manifest: true,
    rollupOptions: {
      output: {
        // An area's pages (pages/<area>/pages.ts, loaded lazily) are one chunk, named after the area.
        chunkFileNames(chunk) {
          if (chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]graphiql[\\/]/.test(id)))
            return 'assets/explorer-vendor-[hash].js';
          const area = chunk.facadeModuleId?.match(/[\\/]pages[\\/]([^\\/]+)[\\/]pages\.ts$/)?.[1];
          return area ? `assets/area-${area}-[hash].js` : 'assets/[name]-[hash].js';
        },
        // React and its router change less often than the panel and every page needs them: a chunk of their
        // own caches across releases. Everything else is placed by Rollup, which follows the bindings each
        // chunk uses: GraphiQL and the parts of graphql-js only it needs stay in the explorer's chunks, and
        // Apollo with the few graphql-js modules it prints queries with stays in the entry. (A manual
        // chunk takes every module it imports, barrels included, so forcing Apollo or GraphiQL into one
        // pulled all of graphql-js into the first load.)
        manualChunks(id) {
          // Rollup's and Vite's own helpers (lazy-load preloading, CommonJS interop) serve every chunk.
          if (id.startsWith('\0') && !id.includes('node_modules')) return 'vendor';
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/.test(id))
            return 'vendor';
          // Every German catalog (the shell's and each area's, imported by i18n/de.ts on first use) in one
          // chunk: one request when German is in effect, none for English.
          if (/[\\/]src[\\/].+\.de\.ts$/.test(id)) return 'messages-de';
          // The areas' English catalogs (not the shell's, i18n/core.en.ts), loaded with the first page (i18n/en.ts).
          if (/[\\/]src[\\/]pages[\\/].+\.en\.ts$/.test(id)) return 'messages-en';
          return undefined;
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
