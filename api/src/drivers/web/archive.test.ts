import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packDirectory, unpackDirectory } from './archive';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-archive-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A tar.gz (base64) of `members` made by hand, as a compromised machine could send it. */
function craft(files: Record<string, string>, names: string[]): string {
  const src = tmp();
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    fs.writeFileSync(path.join(src, name), text);
  }
  return execFileSync('tar', ['-czf', '-', '-C', src, '-P', '--', ...names]).toString('base64');
}

describe('moving a document root between servers', () => {
  it('packs the site folder and unpacks it under another home, files and sub-folders intact', async () => {
    const from = tmp();
    fs.mkdirSync(path.join(from, 'shop.example', 'img'), { recursive: true });
    fs.writeFileSync(path.join(from, 'shop.example', 'index.html'), '<h1>mine</h1>');
    fs.writeFileSync(path.join(from, 'shop.example', 'img', 'a.txt'), 'a');
    fs.writeFileSync(path.join(from, 'other.txt'), 'not part of the site');
    const archive = await packDirectory(from, 'shop.example');

    const to = tmp();
    await unpackDirectory(to, 'shop.example', archive);
    expect(fs.readFileSync(path.join(to, 'shop.example', 'index.html'), 'utf8')).toBe('<h1>mine</h1>');
    expect(fs.readFileSync(path.join(to, 'shop.example', 'img', 'a.txt'), 'utf8')).toBe('a');
    expect(fs.existsSync(path.join(to, 'other.txt'))).toBe(false);
  });

  it('refuses an archive with anything outside the site folder, and writes nothing', async () => {
    const to = tmp();
    for (const archive of [
      craft({ 'shop.example/index.html': 'x', 'evil.txt': 'x' }, ['shop.example', 'evil.txt']),
      craft({ 'other.example/index.html': 'x' }, ['other.example']),
    ]) {
      await expect(unpackDirectory(to, 'shop.example', archive)).rejects.toThrow(/outside the site's folder/);
      expect(fs.readdirSync(to)).toEqual([]);
    }
  });
});
