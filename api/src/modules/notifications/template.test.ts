import { describe, expect, it } from 'vitest';
import { Language } from '../../graphql/presentation';
import { DEFAULT_TEMPLATES } from './default-templates';
import { MailEvent, placeholdersOf } from './mail-events';
import { fillTemplate, templateProblems } from './template';

describe('mail templates', () => {
  const allowed = ['customerName', 'amount'];

  it('names an unknown placeholder and lists the allowed ones', () => {
    expect(templateProblems('Dear {{customerName}}, pay {{amont}} or {{ totl }}', allowed)).toEqual([
      'unknown placeholder {{amont}}; allowed: {{customerName}}, {{amount}}',
      'unknown placeholder {{totl}}; allowed: {{customerName}}, {{amount}}',
    ]);
  });

  it('refuses unbalanced and malformed braces', () => {
    expect(templateProblems('Dear {{customerName}', allowed)[0]).toMatch(
      /unbalanced braces: "\{\{" near "\{\{customerName\}"/,
    );
    expect(templateProblems('Dear customerName}}', allowed)[0]).toMatch(/unbalanced braces: "\}\}" near/);
    expect(templateProblems('Pay {{ 2 }} now', allowed)[0]).toMatch(/malformed placeholder/);
    expect(templateProblems('Plain {text} with single braces and {{amount}}', allowed)).toEqual([]);
  });

  it('fills values as plain text: markup stays as written, a subject stays one line', () => {
    const values = { customerName: '<b>Eve</b>\nBcc: x@evil.test', amount: 5 };
    expect(fillTemplate('Dear {{customerName}}: {{amount}} {{ amount }}', values)).toBe(
      'Dear <b>Eve</b>\nBcc: x@evil.test: 5 5',
    );
    expect(fillTemplate('For {{customerName}}', values, true)).toBe('For <b>Eve</b> Bcc: x@evil.test');
    // A value that looks like a placeholder is not filled again.
    expect(fillTemplate('{{customerName}}', { customerName: '{{amount}}', amount: 9 })).toBe('{{amount}}');
  });

  it('every built-in template uses only its own placeholders and never the product’s name', () => {
    for (const event of Object.values(MailEvent))
      for (const language of Object.values(Language)) {
        const t = DEFAULT_TEMPLATES[event][language];
        expect([event, language, templateProblems(t.subject, placeholdersOf(event))]).toEqual([event, language, []]);
        expect([event, language, templateProblems(t.body, placeholdersOf(event))]).toEqual([event, language, []]);
        expect(`${t.subject}\n${t.body}`).not.toMatch(/heliosphere/i);
      }
  });
});
