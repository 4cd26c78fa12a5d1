import { createRequire } from 'node:module';
import os from 'node:os';
import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const require = createRequire(import.meta.url);

// Tests mostly wait (HTTP, database, argon2 on libuv threads), so even 2 cores run 2 files at once.
// Capped so that PostgreSQL's connection limit is never the bottleneck (each server pools up to 10).
const workers = Math.min(4, Math.max(2, os.availableParallelism()));

/**
 * The namespace machines' tests (each starts machines with sshd, nginx and named) load the CPU
 * enough to push other files' timing checks over when they run beside them. They go first: on
 * 2 cores the two of them (SQLite and PostgreSQL) fill both workers, and the rest starts after.
 */
class MachinesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const machines = (f: TestSpecification) => f.moduleId.endsWith('remote-cluster.test.ts');
    return [...sorted.filter(machines), ...sorted.filter((f) => !machines(f))];
  }
}

/**
 * The whole API suite runs twice: once on SQLite, once on PostgreSQL (TEST_DB picks the
 * dialect, see src/test/db.ts). Each test file starts its own server on a fresh database.
 * `npm test -w api` builds dist/ first: the CLI test runs the built `helio` command.
 */
export default defineConfig({
  // SWC instead of esbuild: type-graphql and MikroORM need emitted decorator metadata.
  plugins: [swc.vite({ tsconfigFile: './tsconfig.json' })],
  resolve: {
    // One graphql copy: our sources must load the same CommonJS build that type-graphql and
    // Apollo require (Vite would otherwise pick graphql's .mjs, and instanceof checks break).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    sequence: { sequencer: MachinesFirst },
    // Files share a worker's module cache (each still gets its own server and database): loading
    // the server's module graph once per worker instead of once per file halves the run time.
    isolate: false,
    // min = max: with fewer minimum workers the pool retires idle non-isolated workers mid-run,
    // which crashes the run ("Terminating worker thread") and orphans the others.
    minWorkers: workers,
    maxWorkers: workers,
    projects: [
      // *.pg.test.ts: races that need several connections to one database, which SQLite cannot have.
      {
        extends: true,
        test: {
          name: 'sqlite',
          env: { TEST_DB: 'sqlite' },
          exclude: [...configDefaults.exclude, '**/*.pg.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'postgres', env: { TEST_DB: 'postgres' } },
      },
    ],
  },
});
