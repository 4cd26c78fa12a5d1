import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config';
import { printPublicSchema } from '../app';

describe('the committed schema.graphql', () => {
  it('matches the schema built from the code (run `npm run build -w api && npm run schema` to refresh it)', () => {
    const committed = fs.readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
    expect(printPublicSchema()).toBe(committed);
  });
});
