import { domainToASCII, domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from '../../drivers/dns/zone/names';

export type NameCheck = { ok: true; ascii: string; unicode: string } | { ok: false; message: string };

const LDH = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Labels a third-level name must not take: the panel's own host names under the service domain. */
export const RESERVED_LABELS = new Set([
  'www',
  'mail',
  'smtp',
  'imap',
  'pop',
  'pop3',
  'ftp',
  'webmail',
  'cp',
  'panel',
  'admin',
  'ns',
  'ns1',
  'ns2',
  'ns3',
  'ns4',
  'dns',
  'mx',
  'localhost',
  'autoconfig',
  'autodiscover',
]);

/** Syntax of an ASCII name: length, LDH labels of 1–63 characters, no label starting or ending with a dash, a non-numeric top label. */
function syntaxError(ascii: string): string | null {
  if (ascii.length > MAX_NAME_LENGTH) return `must be at most ${MAX_NAME_LENGTH} characters (in ASCII form)`;
  const labels = ascii.split('.');
  if (labels.length < 2) return 'must have at least two labels, such as example.com';
  for (const label of labels) {
    if (!label) return 'must not contain empty labels (two dots in a row, or a leading dot)';
    if (label.length > MAX_LABEL_LENGTH)
      return `labels must be at most ${MAX_LABEL_LENGTH} characters ("${label.slice(0, 20)}…" is longer)`;
    if (!LDH.test(label))
      return `label "${label}" may contain only letters, digits and dashes, and must not start or end with a dash`;
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1]!)) return 'must end in a top-level domain, not a number';
  return null;
}

/**
 * A domain name as typed (Unicode or punycode, any case, optional final dot) in stored (ASCII,
 * lowercase) and display (Unicode) forms. `registrable` demands a name one can register: directly
 * under a public suffix (example.com, example.co.uk), per the public suffix list (tldts).
 */
export function checkDomainName(input: string, opts: { registrable: boolean }): NameCheck {
  const typed = input.trim().replace(/\.$/, '');
  if (!typed) return { ok: false, message: 'must not be empty' };
  if (/[\s/\\@:]/.test(typed))
    return { ok: false, message: 'must be a domain name such as example.com, without spaces, slashes, @ or a port' };
  const ascii = domainToASCII(typed.toLowerCase());
  if (!ascii) return { ok: false, message: 'is not a valid domain name (it cannot be converted to its ASCII form)' };
  const bad = syntaxError(ascii);
  if (bad) return { ok: false, message: bad };
  if (opts.registrable) {
    const info = parse(ascii, { allowPrivateDomains: false });
    if (!info.isIcann || !info.publicSuffix)
      return {
        ok: false,
        message: `must end in a known public suffix such as .com or .co.uk ("${ascii.split('.').pop()}" is not one)`,
      };
    if (info.publicSuffix === ascii)
      return { ok: false, message: `${ascii} is a public suffix; enter a domain under it, such as example.${ascii}` };
    if (info.domain !== ascii)
      return {
        ok: false,
        message: `must be a registered domain such as ${info.domain}, not a name under it (add ${info.subdomain} as a record of ${info.domain} instead)`,
      };
  }
  return { ok: true, ascii, unicode: domainToUnicode(ascii) || ascii };
}

/** One label for a third-level name under the service domain (shop in shop.example-host.com). */
export function checkThirdLevelLabel(input: string): { ok: true; label: string } | { ok: false; message: string } {
  const typed = input.trim().toLowerCase();
  const ascii = typed ? domainToASCII(`${typed}.invalid`).replace(/\.invalid$/, '') : '';
  if (!ascii || ascii.includes('.'))
    return { ok: false, message: 'must be one label such as shop: letters, digits and dashes, no dots' };
  if (ascii.length > MAX_LABEL_LENGTH || !LDH.test(ascii))
    return {
      ok: false,
      message: `must be 1–${MAX_LABEL_LENGTH} letters, digits and dashes, not starting or ending with a dash`,
    };
  if (RESERVED_LABELS.has(ascii))
    return { ok: false, message: `"${ascii}" is reserved for the provider’s own services; choose another name` };
  return { ok: true, label: ascii };
}

/** Whether `name` is `domain` or a name under it. */
export function isAtOrUnder(name: string, domain: string): boolean {
  return name === domain || name.endsWith(`.${domain}`);
}
