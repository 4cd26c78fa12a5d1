/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Rollup } from 'vite';

const EXPLORER_PAGE = /[\\/]pages[\\/]developers[\\/]ExplorerPage\.tsx$/;

/**
 * The library modules the panel's own code reaches, static or lazy imports alike, without going
 * through the API explorer's page. Whatever else is in node_modules is GraphiQL's alone: it goes to
 * the explorer's own chunk, loaded with its page, so the main bundle does not grow.
 */
function reachedWithoutExplorer(ids: Iterable<string>, info: Rollup.GetModuleInfo): Set<string> {
  const seen = new Set<string>();
  const stack = [...ids].filter((id) => !id.includes('node_modules') && !EXPLORER_PAGE.test(id));
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id) || EXPLORER_PAGE.test(id)) continue;
    seen.add(id);
    const m = info(id);
    if (m) stack.push(...m.importedIds, ...m.dynamicallyImportedIds);
  }
  return seen;
}

let mainReach: Set<string> | undefined;

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
  plugins: [react(), tailwindcss()],
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
    rollupOptions: {
      output: {
        // An area's pages (pages/<area>/pages.ts, loaded lazily) are one chunk, named after the area.
        chunkFileNames(chunk) {
          const area = chunk.facadeModuleId?.match(/[\\/]pages[\\/]([^\\/]+)[\\/]pages\.ts$/)?.[1];
          return area ? `assets/area-${area}-[hash].js` : 'assets/[name]-[hash].js';
        },
        // Libraries change less often than the panel: separate chunks cache better.
        manualChunks(id, { getModuleIds, getModuleInfo }) {
          // Rollup's and Vite's own helpers (lazy-load preloading, CommonJS interop) serve every chunk: kept
          // with the libraries, else a manual chunk that uses them (GraphiQL's) would take them in.
          if (id.startsWith('\0') && !id.includes('node_modules')) return 'vendor';
          if (!id.includes('node_modules')) return undefined;
          mainReach ??= reachedWithoutExplorer(getModuleIds(), getModuleInfo);
          if (!mainReach.has(id)) return 'explorer-vendor';
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
