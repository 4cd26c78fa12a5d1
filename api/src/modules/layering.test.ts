import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES } from '.';

/*
 * The areas are layered in the order of their list (modules/index.ts): an area imports only areas
 * listed before it, so no two areas depend on each other, and a newcomer reads what an area may use
 * from its place in the list. Type-only imports count. Tests and test helpers may reach anywhere.
 * (Imports through another area's index.ts only, and no cycles, are dependency-cruiser's rules:
 * .dependency-cruiser.cjs.)
 */
const MODULES_DIR = __dirname;
const TEST_FILE = /(\.test\.ts|(^|\/)testing\.ts|\.testing\.ts)$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|import\('([^']+)'\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !TEST_FILE.test(e.name) ? [p] : [];
  });
}

/** The areas (and flows) each area's files import, with the importing file. */
function areaImports(area: string): { file: string; to: string }[] {
  const root = path.join(MODULES_DIR, area);
  return sourceFiles(root).flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(IMPORT)].flatMap((m) => {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.')) return [];
      const target = path.relative(MODULES_DIR, path.resolve(path.dirname(file), spec));
      if (target.startsWith('../flows')) return [{ file: path.relative(MODULES_DIR, file), to: 'flows' }];
      if (target.startsWith('..')) return []; // the core
      const to = target.split(path.sep)[0];
      return to === area || to === 'index' || to === '' ? [] : [{ file: path.relative(MODULES_DIR, file), to }];
    });
  });
}

describe('area layering', () => {
  const order = MODULES.map((m) => m.name);
  const areas = fs
    .readdirSync(MODULES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

  it('every area folder is in the list of areas, under its own name', () => {
    expect([...areas].sort()).toEqual(order.filter((n) => n !== 'flows').sort());
  });

  it('an area imports only areas listed before it (and never a flow)', () => {
    const wrong = areas.flatMap((area) =>
      areaImports(area)
        .filter(({ to }) => !(order.indexOf(to) >= 0 && order.indexOf(to) < order.indexOf(area)))
        .map(({ file, to }) => `${file} imports ${to}, which is not listed before ${area}`),
    );
    expect(wrong).toEqual([]);
  });
});
