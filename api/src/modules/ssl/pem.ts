import crypto from 'node:crypto';
import { badInput } from '../../errors';
import { KeyType } from './enums';

/** Largest PEM text a field takes (a chain of several certificates fits easily). */
export const MAX_PEM_BYTES = 64 * 1024;

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

const refuse = (field: string, message: string) => badInput([{ field, message }]);

/** The certificates in a PEM text, in order; a field error when there is none or one does not parse. */
export function readCertificates(text: string, field: string, allowEmpty = false): crypto.X509Certificate[] {
  if (Buffer.byteLength(text, 'utf8') > MAX_PEM_BYTES)
    throw refuse(field, `must be at most ${MAX_PEM_BYTES / 1024} KiB`);
  const blocks = text.match(CERT_BLOCK) ?? [];
  const rest = text.replace(CERT_BLOCK, '').trim();
  if (rest) throw refuse(field, 'must hold PEM certificates only (-----BEGIN CERTIFICATE----- …)');
  if (!blocks.length) {
    if (allowEmpty) return [];
    throw refuse(field, 'must be a PEM certificate (-----BEGIN CERTIFICATE----- …)');
  }
  return blocks.map((block, i) => {
    try {
      return new crypto.X509Certificate(block);
    } catch {
      throw refuse(
        field,
        blocks.length > 1
          ? `certificate ${i + 1} is not a valid X.509 certificate`
          : 'is not a valid X.509 certificate',
      );
    }
  });
}

/** An unencrypted private key from PEM; a field error otherwise. */
export function readPrivateKey(text: string, field: string): crypto.KeyObject {
  if (Buffer.byteLength(text, 'utf8') > MAX_PEM_BYTES)
    throw refuse(field, `must be at most ${MAX_PEM_BYTES / 1024} KiB`);
  if (/ENCRYPTED/.test(text)) throw refuse(field, 'must not be encrypted: remove its passphrase first');
  if (!/-----BEGIN (RSA |EC )?PRIVATE KEY-----/.test(text))
    throw refuse(field, 'must be a PEM private key (-----BEGIN PRIVATE KEY----- …)');
  try {
    return crypto.createPrivateKey({ key: text, format: 'pem' });
  } catch {
    throw refuse(field, 'is not a valid private key');
  }
}

/** The key's type as the panel names it, or null for a key it does not accept. */
export function keyTypeOf(key: crypto.KeyObject): KeyType | null {
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa') {
    const bits = details.modulusLength ?? 0;
    if (bits >= 4096) return KeyType.RSA_4096;
    if (bits >= 3072) return KeyType.RSA_3072;
    if (bits >= 2048) return KeyType.RSA_2048;
    return null;
  }
  if (key.asymmetricKeyType === 'ec') {
    if (details.namedCurve === 'prime256v1') return KeyType.EC_P256;
    if (details.namedCurve === 'secp384r1') return KeyType.EC_P384;
  }
  return null;
}

/** The DNS names a certificate is for: its subjectAltName DNS entries (the common name when it has none). */
export function namesOf(cert: crypto.X509Certificate): string[] {
  const san = cert.subjectAltName;
  if (san) {
    return san
      .split(/,\s*/)
      .filter((e) => e.startsWith('DNS:'))
      .map((e) => e.slice(4).toLowerCase());
  }
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1];
  return cn ? [cn.toLowerCase()] : [];
}

/** The certificate's PEM text, normalised. */
export const pemOf = (cert: crypto.X509Certificate): string => cert.toString().trim();
