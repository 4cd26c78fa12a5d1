import 'reflect-metadata';
import { formatBillingBench, runBillingBench } from './billing';
import { runDnsBench } from './dns';
import { runMysqlBench } from './mysql';
import { formatRemoteBench, runRemoteBench } from './remote';
import { runPaymentsFigures } from './payments';
import { runTasksBench } from './tasks';
import { runWebBench } from './web';
import { formatAcmeBench, runAcmeBench } from './acme';
import { formatKnowledgeBench, runKnowledgeBench } from './knowledge';
import { formatProcessesRun, processesFigures, runProcessesBench } from './processes';
import type { Figure } from './figure';
import { formatGraphqlRun, runGraphqlBench, CONNECTIONS, SECONDS } from './graphql';
import { recordFigures } from './results';

/**
 * `npm run bench` runs every group; `npm run bench -- --only graphql,payments` (or `-- graphql
 * payments`) only those. Each group's figures go to bench-results/latest.json, replacing that
 * group's earlier ones, and the README's table is written again from the file.
 */
const GROUPS = [
  'graphql',
  'tasks',
  'payments',
  'web',
  'dns',
  'mysql',
  'billing',
  'remote',
  'acme',
  'knowledge',
  'processes',
] as const;
type Group = (typeof GROUPS)[number];

function chosenGroups(argv: string[]): Group[] {
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--only') names.push(...(argv[++i] ?? '').split(','));
    else if (arg.startsWith('--only=')) names.push(...arg.slice('--only='.length).split(','));
    else names.push(arg);
  }
  const wanted = names.map((n) => n.trim()).filter(Boolean);
  for (const name of wanted)
    if (!(GROUPS as readonly string[]).includes(name))
      throw new Error(`unknown bench group "${name}": choose among ${GROUPS.join(', ')}`);
  return wanted.length === 0 ? [...GROUPS] : GROUPS.filter((g) => wanted.includes(g));
}

/** What made a group's figures unusable (failed or timed-out requests): the run exits non-zero at the end. */
const problems: string[] = [];

/** Each group: run it, print its own table, answer its figures (none when it was skipped). */
const RUNNERS: Record<Group, () => Promise<Figure[]>> = {
  graphql: async () => {
    console.log(`${CONNECTIONS} connections, ${SECONDS} s per load after 2 s warm-up, Node ${process.version}`);
    const figures: Figure[] = [];
    for (const dialect of ['sqlite', 'postgresql'] as const) {
      const run = await runGraphqlBench(dialect);
      console.log(`\n${formatGraphqlRun(run)}\n`);
      figures.push(...run.figures);
      for (const [name, l] of Object.entries(run.loads))
        if (l.errors > 0) problems.push(`graphql (${dialect}) ${name}: ${l.errors} requests failed or timed out`);
    }
    return figures;
  },
  tasks: runTasksBench,
  payments: runPaymentsFigures,
  web: runWebBench,
  dns: async () => {
    await runDnsBench(); // prints its own table; its figure is not yet recorded
    return [];
  },
  mysql: async () => {
    const r = await runMysqlBench();
    if (!r) return [];
    return [
      {
        name: `MariaDB: ${r.databases} databases created through the task engine`,
        value: Number(r.createSeconds.toFixed(2)),
        unit: 's',
        baseline: null,
        ratio: null,
        goal: 'no target',
        met: true,
      },
    ];
  },
  billing: async () => {
    const rows = await runBillingBench();
    console.log(`\n${formatBillingBench(rows)}`);
    return rows.map((r) => {
      const ratio = r.runMs / r.bareMs;
      return {
        name: `billing run, ${r.accounts.toLocaleString('en')} accounts (${r.dialect})`,
        value: Number((r.runMs / 1000).toFixed(2)),
        unit: 's',
        baseline: Number((r.bareMs / 1000).toFixed(2)),
        ratio: Number(ratio.toFixed(1)),
        goal: '≤ 5× the bare INSERT … SELECT',
        met: ratio <= 5,
      };
    });
  },
  remote: async () => {
    const r = await runRemoteBench();
    if (!r) return [];
    console.log(`\n${formatRemoteBench(r)}`);
    return [
      {
        name: `remote nginx: ${r.changes} site changes through SSH and the agent`,
        value: Number((r.remoteMs / 1000).toFixed(1)),
        unit: 's',
        baseline: Number((r.localMs / 1000).toFixed(1)),
        ratio: Number(r.ratio.toFixed(2)),
        goal: '≤ 2× local',
        met: r.ratio <= 2,
      },
    ];
  },
  acme: async () => {
    const r = await runAcmeBench();
    if (!r) return [];
    console.log(`\n${formatAcmeBench(r)}`);
    return [
      {
        name: `ACME: ${r.certificates} certificates through the task engine (pebble)`,
        value: Number(r.panelSeconds.toFixed(2)),
        unit: 's',
        baseline: Number(r.directSeconds.toFixed(2)),
        ratio: Number(r.ratio.toFixed(2)),
        goal: 'no target',
        met: true,
      },
    ];
  },
  knowledge: async () => {
    const r = await runKnowledgeBench();
    console.log(`\n${formatKnowledgeBench(r)}`);
    const [direct, graphql] = [r.rows[0]!, r.rows[1]!];
    return [
      {
        name: `knowledge-base search, ${r.articles.toLocaleString('en')} articles (GraphQL)`,
        value: Math.round(graphql.rps),
        unit: 'req/s',
        baseline: Math.round(direct.rps),
        ratio: Number((graphql.rps / direct.rps).toFixed(2)),
        goal: 'no target',
        met: true,
      },
    ];
  },
  processes: async () => {
    const run = await runProcessesBench();
    if (!run) return [];
    console.log(`\n${formatProcessesRun(run)}\n`);
    for (const [name, l] of [
      ['one', run.one],
      ['two', run.two],
    ] as const)
      if (l.errors > 0) problems.push(`processes (${name}): ${l.errors} requests failed or timed out`);
    return processesFigures(run);
  },
};

async function main(): Promise<void> {
  for (const group of chosenGroups(process.argv.slice(2))) {
    console.log(`\n=== ${group} ===`);
    const figures = await RUNNERS[group]();
    if (figures.length > 0) recordFigures(group, figures);
    for (const f of figures)
      console.log(
        `${f.met ? 'met    ' : 'NOT MET'} ${f.name}: ${f.value} ${f.unit}${f.ratio === null ? '' : `, ${f.ratio}×`} (${f.goal})`,
      );
  }
  // Every figure is printed first; then a run with failed or timed-out requests exits non-zero.
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
