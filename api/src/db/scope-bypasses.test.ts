import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every bypass of the tenant scope says why (STYLE.md, convention 18): a static scan of api/src
 * (test files aside) for `unscoped('why')` and `systemEm(em, 'why')`, the only two ways around the
 * scope filter outside db/scope.ts. The list of bypasses is kept in scope-bypasses.snap.txt, so a new
 * one shows up in review; refresh it with `npx vitest run --project sqlite src/db/scope-bypasses.test.ts -u`.
 * SCOPE_BYPASSES=1 prints the list with line numbers.
 */
const SRC = path.resolve(__dirname, '..');
const HELPERS = 'db/scope.ts';
/** Where the scope's parameters are set: the helpers themselves, and the per-request viewer scope. */
// The request's scope is set by the context; the agreement tests' helper sets one viewer's scope
// (never wider) as a request would, to compare prepared reads with the ORM's scoped queries.
const SETS_SCOPE = new Set([HELPERS, 'graphql/context.ts', 'test/tenant-scopes.ts']);

interface Bypass {
  file: string;
  line: number;
  kind: 'unscoped' | 'systemEm';
  reason: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * Two copies of the source, same length and line breaks: `code` with comments blanked out (to read a
 * call's arguments), `bare` with string contents blanked out too (to find calls and options).
 */
function blanked(src: string): { code: string; bare: string } {
  const code = src.split('');
  const bare = src.split('');
  const blank = (to: string[], from: number, end: number) => {
    for (let k = from; k < end; k++) if (to[k] !== '\n') to[k] = ' ';
  };
  const braces: number[] = []; // open `{` count inside each `${` of the templates we are in
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '/' && (src[i + 1] === '/' || src[i + 1] === '*')) {
      const found = src[i + 1] === '/' ? src.indexOf('\n', i) : src.indexOf('*/', i + 2);
      const end = found < 0 ? src.length : src[i + 1] === '/' ? found : found + 2;
      blank(code, i, end);
      blank(bare, i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      const from = ++i;
      while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      blank(bare, from, i++);
    } else if (c === '`' || (c === '}' && braces.length > 0 && braces[braces.length - 1] === 0)) {
      if (c === '}') braces.pop();
      const from = ++i;
      while (i < src.length && src[i] !== '`' && !(src[i] === '$' && src[i + 1] === '{')) i += src[i] === '\\' ? 2 : 1;
      blank(bare, from, i);
      if (src[i] === '$') {
        braces.push(0);
        i += 2;
      } else i++;
    } else {
      if (braces.length > 0 && c === '{') braces[braces.length - 1]!++;
      if (braces.length > 0 && c === '}') braces[braces.length - 1]!--;
      i++;
    }
  }
  return { code: code.join(''), bare: bare.join('') };
}

/** The top-level arguments of the call whose `(` is at `open`, as source text. */
function callArguments(code: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) {
        args.push(code.slice(start, i));
        return args.map((a) => a.trim()).filter((a, k, all) => a !== '' || k < all.length - 1);
      }
    } else if (c === ',' && depth === 1) {
      args.push(code.slice(start, i));
      start = i + 1;
    }
  }
  throw new Error(`unclosed call at ${open}`);
}

/** A string literal with some text in it (no interpolation), else null. */
function literalText(arg: string | undefined): string | null {
  const m = arg?.match(/^'((?:[^'\\\n]|\\.)*)'$|^"((?:[^"\\\n]|\\.)*)"$|^`([^`$\\]*)`$/s);
  const text = m && (m[1] ?? m[2] ?? m[3]);
  return text && text.trim() ? text : null;
}

/** The bypasses in one file's source, and what breaks the rules. */
function scanSource(file: string, src: string): { bypasses: Bypass[]; problems: string[] } {
  const bypasses: Bypass[] = [];
  const problems: string[] = [];
  const { code, bare } = blanked(src);
  const lineAt = (index: number) => bare.slice(0, index).split('\n').length;
  if (file !== HELPERS) {
    for (const m of bare.matchAll(/\bfilters\s*:\s*false\b/g))
      problems.push(`${file}:${lineAt(m.index)}: \`filters: false\`; use unscoped('why') from db/scope.ts`);
  }
  if (!SETS_SCOPE.has(file)) {
    for (const m of bare.matchAll(/\bsystemScope\b|\bsetFilterParams\s*\(/g))
      problems.push(
        `${file}:${lineAt(m.index)}: \`${m[0]}\` sets the scope by hand; use systemEm(em, 'why') or unscoped('why')`,
      );
  }
  for (const m of bare.matchAll(/\b(unscoped|systemEm)\s*\(/g)) {
    if (/\bfunction\s+$/.test(bare.slice(Math.max(0, m.index - 20), m.index))) continue; // the definition
    const kind = m[1] as Bypass['kind'];
    const args = callArguments(code, m.index + m[0].length - 1);
    const reason = literalText(kind === 'unscoped' ? args[0] : args[1]);
    const line = lineAt(m.index);
    if (reason === null)
      problems.push(`${file}:${line}: ${kind}(${args.join(', ')}) gives no reason as a non-empty string literal`);
    else bypasses.push({ file, line, kind, reason });
  }
  return { bypasses, problems };
}

function scan(): { bypasses: Bypass[]; problems: string[] } {
  const found = sourceFiles(SRC).map((full) =>
    scanSource(path.relative(SRC, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8')),
  );
  return { bypasses: found.flatMap((f) => f.bypasses), problems: found.flatMap((f) => f.problems) };
}

describe('tenant scope bypasses', () => {
  const { bypasses, problems } = scan();

  it('all go through unscoped() or systemEm(), each with a reason in a string literal', () => {
    expect(problems).toEqual([]);
    expect(bypasses.length).toBeGreaterThan(0);
  });

  it('are listed, so that a new one shows up in review', async () => {
    if (process.env.SCOPE_BYPASSES)
      console.log(bypasses.map((b) => `${b.file}:${b.line}: ${b.kind}: ${b.reason}`).join('\n'));
    // Without line numbers: an edit elsewhere in a file does not change the list.
    const list = bypasses.map((b) => `${b.file}: ${b.kind}: ${b.reason}`).join('\n');
    await expect(`${bypasses.length} bypasses\n${list}\n`).toMatchFileSnapshot('./scope-bypasses.snap.txt');
  });

  it('the scan reads calls over several lines and inside templates, and skips comments and strings', () => {
    const src = [
      'const a = await em.find(X, {}, unscoped(',
      "  'spans lines',",
      ')); // unscoped() in a comment',
      "/* systemEm(em) */ const s = 'not a call: unscoped(';",
      "const t = `${systemEm(em, `in a template`)} and ${'}'}`;",
      'const b = systemEm(em, reason);',
      "const c = { filters: false, x: unscoped('') };",
    ].join('\n');
    const { bypasses, problems } = scanSource('x.ts', src);
    expect(bypasses).toEqual([
      { file: 'x.ts', line: 1, kind: 'unscoped', reason: 'spans lines' },
      { file: 'x.ts', line: 5, kind: 'systemEm', reason: 'in a template' },
    ]);
    expect(problems).toEqual([
      "x.ts:7: `filters: false`; use unscoped('why') from db/scope.ts",
      'x.ts:6: systemEm(em, reason) gives no reason as a non-empty string literal',
      "x.ts:7: unscoped('') gives no reason as a non-empty string literal",
    ]);
  });
});
