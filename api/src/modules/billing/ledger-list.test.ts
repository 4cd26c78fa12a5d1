import { describe, expect, it } from 'vitest';
import { csvCell } from './ledger-list';

describe('a CSV cell', () => {
  it('is quoted only when it holds a comma, a quote or a line break; quotes are doubled', () => {
    expect(csvCell('Bank transfer')).toBe('Bank transfer');
    expect(csvCell('Invoice 12, May')).toBe('"Invoice 12, May"');
    expect(csvCell('The "pro" plan')).toBe('"The ""pro"" plan"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('')).toBe('');
  });

  it('keeps a spreadsheet from running text as a formula, but leaves numbers and codes alone', () => {
    expect(csvCell('=HYPERLINK("http://x.test","pay")')).toBe('"\'=HYPERLINK(""http://x.test"",""pay"")"');
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-refund')).toBe("'-refund");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    // Amounts and other values the panel writes itself are not text: a negative amount stays a number.
    expect(csvCell('-12.50', false)).toBe('-12.50');
  });
});
