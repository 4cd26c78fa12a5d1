import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './countries';

describe('billing profile countries', () => {
  it('are the 249 ISO 3166-1 alpha-2 codes, the same the panel offers', () => {
    expect(COUNTRY_CODES.size).toBe(249);
    // The panel's list (its select of country names) must not offer a code the API refuses, nor miss one.
    const web = fs.readFileSync(path.resolve(__dirname, '../../../../web/src/pages/signup/countries.ts'), 'utf8');
    const list = /COUNTRY_CODES = \[([^\]]*)\]/.exec(web)?.[1] ?? '';
    const offered = [...list.matchAll(/'([A-Z]{2})'/g)].map((m) => m[1]);
    expect(offered).toEqual([...COUNTRY_CODES]);
  });
});
