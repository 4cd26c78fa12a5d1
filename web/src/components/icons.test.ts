import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_NAMES } from './iconNames';

const sprite = readFileSync(new URL('./icons.svg', import.meta.url), 'utf8');
const symbols = [...sprite.matchAll(/<symbol id="([^"]+)" viewBox="0 0 24 24">(.*?)<\/symbol>/g)].map((m) => ({
  id: m[1]!,
  drawing: m[2]!.replace(/\s+/g, ' ').trim(),
}));

describe('the glyph sprite', () => {
  it('has one 24×24 symbol for every icon name, and nothing else', () => {
    expect(symbols.map((s) => s.id).sort()).toEqual([...ICON_NAMES].sort());
    expect((sprite.match(/<symbol /g) ?? []).length).toBe(symbols.length);
  });

  it('draws each glyph differently', () => {
    const byDrawing = new Map<string, string[]>();
    for (const s of symbols) byDrawing.set(s.drawing, [...(byDrawing.get(s.drawing) ?? []), s.id]);
    expect([...byDrawing.values()].filter((ids) => ids.length > 1)).toEqual([]);
    expect(symbols.every((s) => s.drawing.length > 0)).toBe(true);
  });
});
