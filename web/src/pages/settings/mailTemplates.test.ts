import { describe, expect, it } from 'vitest';
import { insertAt, MAIL_EVENTS, placeholderText } from './mailTemplates';

describe('mail template editing', () => {
  it('inserts a placeholder at the caret or over the selection', () => {
    expect(insertAt('Dear ,', placeholderText('customerName'), 5, 5)).toEqual({
      text: 'Dear {{customerName}},',
      caret: 21,
    });
    expect(insertAt('Dear you!', '{{login}}', 5, 8)).toEqual({ text: 'Dear {{login}}!', caret: 14 });
    expect(insertAt('abc', 'X', 99, 99)).toEqual({ text: 'abcX', caret: 4 });
  });

  it('lists every e-mail once', () => {
    expect(new Set(MAIL_EVENTS).size).toBe(15);
  });
});
