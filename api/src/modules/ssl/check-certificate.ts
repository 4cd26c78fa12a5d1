import crypto from 'node:crypto';
import { badInput, type FieldError } from '../../errors';
import { CertificateState, type KeyType } from './enums';
import { keyTypeOf, namesOf, pemOf, readCertificates, readPrivateKey } from './pem';

export interface CertificateUpload {
  certificate: string;
  /** PEM; absent when the key is the panel's own (made with a signing request). */
  privateKey?: string | null;
  chain?: string | null;
}

/** A certificate, its key and its chain as checked, ready to store. */
export interface CheckedCertificate {
  leaf: crypto.X509Certificate;
  certificatePem: string;
  chainPem: string;
  keyPem: string;
  keyType: KeyType;
  names: string[];
  issuer: string;
  serial: string;
  fingerprint: string;
  notBefore: Date;
  notAfter: Date;
}

/** The issuer's common name or organisation, as people name it ("R3", "Let's Encrypt"). */
function issuerName(cert: crypto.X509Certificate): string {
  const field = (k: string) => new RegExp(`(?:^|\\n)${k}=([^\\n]+)`).exec(cert.issuer)?.[1];
  return field('CN') ?? field('O') ?? cert.issuer.split('\n')[0] ?? '';
}

/**
 * SSL-1's checks on an uploaded certificate, its key and its chain (Node's own X.509: no parser of
 * ours): each problem is a field error, all found at once where they are independent, and nothing
 * is stored when there is one.
 * - the certificate parses, is valid now, and covers every host name in `hosts` (wildcards as TLS
 *   clients match them);
 * - the key is RSA of at least 2048 bits or ECDSA P-256/P-384, unencrypted, and is the
 *   certificate's;
 * - the chain builds from the certificate through every intermediate presented, each signed by
 *   the next, in order; nothing presented is left over.
 */
export function checkCertificate(
  upload: CertificateUpload,
  hosts: readonly string[],
  ownKey: crypto.KeyObject | null,
  now = new Date(),
): CheckedCertificate {
  const [leaf, ...extra] = readCertificates(upload.certificate, 'certificate');
  if (extra.length)
    throw badInput([{ field: 'certificate', message: 'must be one certificate; put its intermediates in the chain' }]);
  const key = upload.privateKey?.trim() ? readPrivateKey(upload.privateKey, 'privateKey') : ownKey;
  if (!key)
    throw badInput([{ field: 'privateKey', message: 'must be given: the panel holds no key for this certificate' }]);
  const chain = readCertificates(upload.chain ?? '', 'chain', true);
  const problems: FieldError[] = [];
  const keyType = keyTypeOf(key);
  if (!keyType)
    problems.push({ field: 'privateKey', message: 'must be RSA of at least 2048 bits or ECDSA on P-256 or P-384' });
  else if (!leaf!.checkPrivateKey(key))
    problems.push({ field: 'privateKey', message: 'does not match the certificate' });

  const notBefore = new Date(leaf!.validFrom);
  const notAfter = new Date(leaf!.validTo);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  if (notAfter <= now) problems.push({ field: 'certificate', message: `expired on ${day(notAfter)}` });
  else if (notBefore > now) problems.push({ field: 'certificate', message: `is not valid before ${day(notBefore)}` });
  else {
    const uncovered = hosts.filter((h) => !leaf!.checkHost(h, { wildcards: true, partialWildcards: false }));
    if (uncovered.length)
      problems.push({
        field: 'certificate',
        message: `does not cover ${uncovered.join(', ')} (it is for ${namesOf(leaf!).join(', ') || 'no host name'})`,
      });
  }

  // The chain: each certificate issued and signed by the next one presented.
  let current = leaf!;
  chain.forEach((next, i) => {
    if (problems.some((p) => p.field === 'chain')) return;
    if (!current.checkIssued(next) || !current.verify(next.publicKey))
      problems.push({
        field: 'chain',
        message: `certificate ${i + 1} (${next.subject.split('\n').join(', ')}) did not sign ${i === 0 ? 'the certificate' : `certificate ${i}`}: give the intermediates in order, from the one that signed the certificate`,
      });
    current = next;
  });
  if (problems.length) throw badInput(problems);

  return {
    leaf: leaf!,
    certificatePem: pemOf(leaf!),
    chainPem: chain.map(pemOf).join('\n'),
    keyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString().trim(),
    keyType: keyType!,
    names: namesOf(leaf!),
    issuer: issuerName(leaf!),
    serial: leaf!.serialNumber,
    fingerprint: leaf!.fingerprint256,
    notBefore,
    notAfter,
  };
}

/** The fields a certificate row takes from a checked certificate (it is ACTIVE, serving). */
export function installedFields(checked: CheckedCertificate) {
  return {
    state: CertificateState.ACTIVE,
    names: checked.names,
    keyType: checked.keyType,
    issuer: checked.issuer,
    serial: checked.serial,
    fingerprint: checked.fingerprint,
    notBefore: checked.notBefore,
    notAfter: checked.notAfter,
    certificatePem: checked.certificatePem,
    chainPem: checked.chainPem || null,
  };
}
