/**
 * The API's dependency rules (STYLE.md 16, ARCHITECTURE.md "Layout"), checked by `npm test -w api`:
 *
 *   core (graphql/, db/, tasks/, http/, drivers/) <- areas (modules/<area>/) <- flows (flows/) <- app (app.ts, server.ts, cli/, bench/)
 *
 * - the core imports no area;
 * - an area (and a flow) imports another area only through its index.ts (the manifest and small public API);
 * - only the list of areas (modules/index.ts) imports flows;
 * - no import cycle leaves a single area.
 *
 * Type-only imports count: a cycle closed by a type still ties the files together for a reader.
 * Tests and test helpers (*.test.ts, testing.ts, *.testing.ts, src/test/) may reach anywhere.
 * What was already there when the rules came in is listed in .dependency-cruiser-known-violations.json
 * (`npm run deps:baseline -w api` rewrites it); only new violations fail, and the list may only shrink.
 */
const TESTS = '(\\.test\\.ts|(^|/)testing\\.ts|\\.testing\\.ts)$|^src/test/';

module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-area',
      severity: 'error',
      comment:
        'graphql/, db/, tasks/, http/ and drivers/ must not know the areas: pass what they need in, or let the area register it.',
      from: { path: '^src/(graphql|db|tasks|http|drivers)/', pathNot: TESTS },
      to: { path: '^src/modules/' },
    },
    {
      name: 'area-through-index',
      severity: 'error',
      comment: 'Another area is reached only through its index.ts: its internals may change without notice.',
      from: { path: '^src/modules/([^/]+)/', pathNot: TESTS },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'flows-through-index',
      severity: 'error',
      comment: 'A flow (flows/) uses areas through their index.ts, like an area uses another.',
      from: { path: '^src/flows/', pathNot: TESTS },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'nothing-imports-flows',
      severity: 'error',
      comment: 'Flows are the top of the areas: only the list of areas (modules/index.ts) names them.',
      from: { pathNot: ['^src/flows/', '^src/modules/index\\.ts$', TESTS] },
      to: { path: '^src/flows/' },
    },
    {
      name: 'no-cycle-across-areas',
      severity: 'error',
      comment:
        'An import cycle that leaves its area ties the areas together; break it with an event or by moving the shared piece down.',
      from: { path: '^src/modules/([^/]+)/', pathNot: TESTS },
      to: { circular: true, via: { pathNot: '^src/modules/$1/' } },
    },
    {
      name: 'no-cycle-outside-areas',
      severity: 'error',
      comment: 'The core and the app have no import cycles.',
      from: { pathNot: ['^src/modules/', TESTS] },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: TESTS },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
