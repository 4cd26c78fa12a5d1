/**
 * DNS <character-string>s in master-file form (RFC 1035 §5.1): at most 255 bytes each, written
 * quoted. Everything that could end the string or the line is escaped, so user text can never
 * break out of its record (no raw quote, backslash, newline, or byte outside printable ASCII).
 */
export const MAX_STRING_BYTES = 255;

export function quoteBytes(bytes: Uint8Array): string {
  let out = '"';
  for (const byte of bytes) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte <= 0x7e) out += String.fromCharCode(byte);
    else out += `\\${String(byte).padStart(3, '0')}`;
  }
  return `${out}"`;
}

/** UTF-8 bytes of `text` in pieces of at most 255 bytes, cut between characters so each piece is valid UTF-8 on its own. */
export function splitCharacterStrings(text: string): Uint8Array[] {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 0) return [bytes];
  const pieces: Uint8Array[] = [];
  for (let start = 0; start < bytes.length;) {
    let end = Math.min(start + MAX_STRING_BYTES, bytes.length);
    // Step back over UTF-8 continuation bytes (10xxxxxx) so no character is split.
    while (end < bytes.length && end > start && (bytes[end]! & 0xc0) === 0x80) end--;
    pieces.push(bytes.subarray(start, end));
    start = end;
  }
  return pieces;
}

/** `text` as one or more quoted strings, separated by spaces. */
export function quoteText(text: string): string {
  return splitCharacterStrings(text).map(quoteBytes).join(' ');
}

/** The bytes a master-file token stands for (\DDD is a decimal byte, \X is X); null when an escape is malformed. */
export function unescapeBytes(raw: string): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== '\\') {
      const code = raw.codePointAt(i)!;
      if (code > 0xffff) i++; // the low half of a surrogate pair is part of this character
      out.push(...Buffer.from(String.fromCodePoint(code), 'utf8'));
      continue;
    }
    const digits = raw.slice(i + 1, i + 4);
    if (/^[0-9]{3}$/.test(digits)) {
      const byte = Number(digits);
      if (byte > 255) return null;
      out.push(byte);
      i += 3;
    } else if (i + 1 < raw.length && !/[0-9]/.test(raw[i + 1]!)) {
      const code = raw.codePointAt(i + 1)!;
      out.push(...Buffer.from(String.fromCodePoint(code), 'utf8'));
      i += code > 0xffff ? 2 : 1;
    } else {
      return null;
    }
  }
  return Uint8Array.from(out);
}
