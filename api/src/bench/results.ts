import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../config';
import type { Figure } from './figure';

/**
 * bench-results/latest.json and the README's table. Each run replaces the figures of the groups it
 * ran (`graphql`, `tasks`…) and keeps the others' last figures, so `--only` runs add up; the README's
 * table between its two markers is then written again from the file.
 */
export interface RecordedFigure extends Figure {
  /** The bench group that measured it (what `--only` names). */
  group: string;
  /** When, and the machine's 1-minute load average just after. */
  at: string;
  load: number;
}

export interface Results {
  node: string;
  cores: number;
  figures: RecordedFigure[];
}

const FILE = path.join(repoRoot, 'bench-results', 'latest.json');
const README = path.join(repoRoot, 'README.md');
const START = '<!-- bench-figures: written by npm run bench from bench-results/latest.json -->';
const END = '<!-- /bench-figures -->';

export function readResults(): Results {
  try {
    const parsed = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Partial<Results>;
    if (Array.isArray(parsed.figures))
      return { node: process.version, cores: os.cpus().length, figures: parsed.figures };
  } catch {
    // No file yet, or one from before figures were recorded: start afresh.
  }
  return { node: process.version, cores: os.cpus().length, figures: [] };
}

/** Records a group's figures (replacing its earlier ones) and rewrites the README's table. */
export function recordFigures(group: string, figures: Figure[]): void {
  const results = readResults();
  const at = new Date().toISOString();
  const load = Number(os.loadavg()[0]!.toFixed(2));
  results.figures = [
    ...results.figures.filter((f) => f.group !== group),
    ...figures.map((f) => ({ ...f, group, at, load })),
  ];
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, `${JSON.stringify(results, null, 2)}\n`);
  writeReadmeTable(results);
}

const num = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en') : String(n));

export function figuresTable(results: Results): string {
  const lines = [
    '| figure | value | same-run baseline | ratio | target | met | measured (load) |',
    '| --- | ---: | ---: | ---: | --- | :---: | --- |',
  ];
  for (const f of results.figures)
    lines.push(
      `| ${f.name} | ${num(f.value)} ${f.unit} | ${f.baseline === null ? '—' : num(f.baseline)} | ${
        f.ratio === null ? '—' : `${f.ratio}×`
      } | ${f.goal} | ${f.met ? 'yes' : '**no**'} | ${f.at.slice(0, 16).replace('T', ' ')} (${f.load}) |`,
    );
  return lines.join('\n');
}

function writeReadmeTable(results: Results): void {
  const text = fs.readFileSync(README, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from === -1 || to < from) return; // the README has no table to keep: nothing to write
  const table = `${START}\n\n${figuresTable(results)}\n\n${END}`;
  fs.writeFileSync(README, text.slice(0, from) + table + text.slice(to + END.length));
}
