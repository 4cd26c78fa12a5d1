import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The session cache hears of flushed changes to sessions, users and companies from the ORM; native
 * statements the flush never sees must announce themselves (`rowsChanged`, or the cache's own
 * `forget`/`drop` in sessions.service.ts). A static scan of api/src (tests and the bench's seeding
 * aside): every native update or delete of those entities is followed, within a few lines, by one.
 * A write added without it fails here, before a process serves a revoked session from its cache.
 */
const SRC = path.resolve(__dirname, '..', '..');
const WATCHED = /native(?:Update|Delete)\(\s*(User|Reseller|Session)\b/g;
const ANNOUNCES = /rowsChanged\(|cache\.forget\(|cache\.drop\(/;
/** How far after the write its announcement may come (the statement's own lines, then a line or two). */
const WITHIN_LINES = 15;
/** Not part of a running process: the bench seeds a database before it starts any. */
const OUTSIDE = ['bench/'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test' ? [] : sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.testing.ts') ? [full] : [];
  });
}

describe('native writes of what the session cache keeps', () => {
  it('each announces itself to the cache', () => {
    const writes: string[] = [];
    const silent: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const rel = path.relative(SRC, file);
      if (OUTSIDE.some((o) => rel.startsWith(o))) continue;
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(WATCHED)) {
        const line = src.slice(0, m.index).split('\n').length;
        const where = `${rel}:${line} ${m[1]}`;
        writes.push(where);
        // The touch of lastSeenAt changes nothing a cached session answers without re-reading it first.
        if (/lastSeenAt/.test(src.slice(m.index, m.index + 200))) continue;
        const after = src.slice(m.index).split('\n').slice(0, WITHIN_LINES).join('\n');
        if (!ANNOUNCES.test(after)) silent.push(where);
      }
    }
    expect(writes.length).toBeGreaterThan(5); // the scan finds the ones we know of (sessions.service.ts alone has five)
    expect(silent).toEqual([]);
  });
});
