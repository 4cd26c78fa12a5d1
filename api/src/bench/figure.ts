/** One measured figure of `npm run bench`, as written to bench-results/latest.json. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The same-run baseline it is compared with (the reference server, the bare gateway…), or null. */
  baseline: number | null;
  ratio: number | null;
  /** The target in words, e.g. "≥ 0.6× of the reference server, p99 ≤ 25 ms". */
  goal: string;
  met: boolean;
}
