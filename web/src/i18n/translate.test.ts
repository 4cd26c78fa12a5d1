import { describe, expect, it } from 'vitest';
import { loadCatalog, overridesFor, translator } from './translate';

// German is loaded on first use, as in the panel.
await loadCatalog('DE');

describe('the company’s own texts', () => {
  const texts = [
    { language: 'EN', key: 'app.tagline', text: 'Hosting by {nobody} the Nines' },
    { language: 'DE', key: 'app.tagline', text: 'Hosting von den Neunen' },
    { language: 'EN', key: 'login.intro', text: 'Welcome back to {company}!' },
  ];

  it('take precedence over the catalog in their own language only', () => {
    expect(translator('DE', overridesFor('DE', texts))('app.tagline')).toBe('Hosting von den Neunen');
    expect(translator('DE', overridesFor('DE', texts))('login.intro', { company: 'X' })).not.toContain('Welcome back');
    expect(translator('EN')('app.tagline')).not.toContain('Nines');
  });

  it('fill the placeholders they use and leave unknown ones as written', () => {
    const t = translator('EN', overridesFor('EN', texts));
    expect(t('login.intro', { company: 'Cloud Nine' })).toBe('Welcome back to Cloud Nine!');
    expect(t('app.tagline')).toBe('Hosting by {nobody} the Nines');
  });
});
