import { describe, expect, it } from 'vitest';
import { loadDe } from './de';
import { en, loadAreaMessages } from './en';
import { loadCatalog, placeholdersOf, translator } from './translate';

await loadAreaMessages();
const de = await loadDe();
await loadCatalog('DE');

describe('message catalogs', () => {
  const enKeys = Object.keys(en).sort();
  const deKeys = Object.keys(de).sort();

  it('German has every English key', () => {
    expect(enKeys.filter((k) => !(k in de))).toEqual([]);
  });

  it('English has every German key', () => {
    expect(deKeys.filter((k) => !(k in en))).toEqual([]);
  });

  it('placeholders match in every message', () => {
    const mismatched = enKeys.filter((k) => {
      const a = placeholdersOf(en[k as keyof typeof en])
        .sort()
        .join(',');
      const b = placeholdersOf(de[k as keyof typeof de])
        .sort()
        .join(',');
      return a !== b;
    });
    expect(mismatched).toEqual([]);
  });

  it('no message is empty', () => {
    expect(enKeys.filter((k) => !en[k as keyof typeof en].trim() || !de[k as keyof typeof de].trim())).toEqual([]);
  });
});

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('EN')('common.showing', { count: 3, total: 10 })).toBe('Showing 3 of 10');
    expect(translator('DE')('home.welcome', { login: 'anna' })).toBe('Willkommen, anna.');
  });

  it('returns the message as is without placeholders', () => {
    expect(translator('DE')('nav.users')).toBe('Benutzer');
  });
});
