/**
 * Splits a pasted BIND master file into entries (RFC 1035 §5.1): one entry per line, or several
 * lines joined by parentheses; ';' starts a comment outside quotes; quoted strings keep their
 * escapes for the parser to decode.
 */
export interface Token {
  /** The token as written, without surrounding quotes, escapes not yet decoded. */
  text: string;
  quoted: boolean;
}

export interface Entry {
  /** 1-based number of the entry's first line. */
  line: number;
  /** The source lines the entry spans. */
  text: string;
  /** The first line starts with a space or tab: the owner is the previous record's. */
  indented: boolean;
  tokens: Token[];
  /** Why the entry cannot be read (bad quoting or parentheses); the parser rejects it. */
  error?: string;
}

export function lexZone(source: string): Entry[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const entries: Entry[] = [];
  let entry: Entry | null = null;
  let first = 0;
  let depth = 0;

  const finish = (last: number): void => {
    if (entry && (entry.tokens.length || entry.error)) {
      entry.text = lines.slice(first, last + 1).join('\n');
      entries.push(entry);
    }
    entry = null;
    depth = 0;
  };

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!entry) {
      entry = { line: n + 1, text: '', indented: /^[ \t]/.test(line), tokens: [] };
      first = n;
    }
    const current: Entry = entry;
    let token: Token | null = null;
    const end = (): void => {
      if (token) current.tokens.push(token);
      token = null;
    };

    for (let i = 0; i < line.length && !current.error; i++) {
      const ch = line[i]!;
      if (ch === ';') break;
      if (ch === ' ' || ch === '\t') {
        end();
      } else if (ch === '(' || ch === ')') {
        end();
        if (ch === '(' && depth > 0) current.error = 'nested parentheses';
        else if (ch === ')' && depth === 0) current.error = "')' without '('";
        else depth += ch === '(' ? 1 : -1;
      } else if (ch === '"') {
        end();
        let text = '';
        let j = i + 1;
        for (; j < line.length && line[j] !== '"'; j++) {
          text += line[j];
          if (line[j] === '\\' && j + 1 < line.length) text += line[++j];
        }
        if (j >= line.length) current.error = 'a quoted string is not closed on its line';
        else current.tokens.push({ text, quoted: true });
        i = j;
      } else {
        token ??= { text: '', quoted: false };
        token.text += ch;
        if (ch === '\\' && i + 1 < line.length) token.text += line[++i];
      }
    }
    end();
    if (current.error || depth === 0) finish(n);
  }
  if (entry) {
    const open: Entry = entry;
    if (depth > 0) open.error = "'(' is never closed";
    finish(lines.length - 1);
  }
  return entries;
}
