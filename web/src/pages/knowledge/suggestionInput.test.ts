import { describe, expect, it } from 'vitest';
import { SUGGEST_BODY_CHARS, suggestionInput } from './suggestionInput';

describe('what a ticket being written asks suggestions for', () => {
  it('nothing while subject and body are shorter than a word', () => {
    expect(suggestionInput('', '')).toBeNull();
    expect(suggestionInput(' dn ', ' ')).toBeNull();
  });

  it('the subject and the first lines, trimmed', () => {
    expect(suggestionInput('  DNS broken ', ' my domain\n')).toEqual({ subject: 'DNS broken', body: 'my domain' });
    expect(suggestionInput('x', 'y'.repeat(5000))!.body).toHaveLength(SUGGEST_BODY_CHARS);
  });
});
