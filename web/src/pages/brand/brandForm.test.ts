import { describe, expect, it } from 'vitest';
import { contrastRatio, exportFileName, paletteContrast, searchKeys, withText } from './brandForm';

describe('contrast in the brand editor', () => {
  it('computes the WCAG ratio the API uses', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#2552eb', '#ffffff')!).toBeCloseTo(6.03, 2);
    expect(contrastRatio('#fff', '#000')).toBeNull();
  });

  it('pairs each colour with the text drawn on it: white on primary, dark ink on accent', () => {
    // A light yellow fails with white text but passes with the dark ink.
    expect(paletteContrast('primary', '#fde047')!).toBeLessThan(4.5);
    expect(paletteContrast('accent', '#fde047')!).toBeGreaterThan(4.5);
  });
});

describe('interface texts', () => {
  it('keeps one override per key and language', () => {
    const texts = withText([{ language: 'EN', key: 'login.title', text: 'Hi' }], 'EN', 'login.title', 'Welcome');
    expect(withText(texts, 'DE', 'login.title', 'Willkommen')).toEqual([
      { language: 'EN', key: 'login.title', text: 'Welcome' },
      { language: 'DE', key: 'login.title', text: 'Willkommen' },
    ]);
  });

  it('finds keys by key first, then by English text', () => {
    const catalog = { 'login.title': 'Sign in', 'app.tagline': 'Hosting control panel', 'nav.login': 'Log in' };
    expect(searchKeys(catalog, 'login')).toEqual(['login.title', 'nav.login']);
    expect(searchKeys(catalog, 'hosting')).toEqual(['app.tagline']);
  });
});

describe('export file names', () => {
  it('names the file after the theme', () => {
    expect(exportFileName('Cloud Nine — Blue!', 3)).toBe('cloud-nine-blue-v3.theme.json');
    expect(exportFileName('***')).toBe('theme.theme.json');
  });
});
