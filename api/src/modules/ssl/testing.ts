import 'reflect-metadata'; // @peculiar/x509's dependency injection (tsyringe) needs it loaded first
import crypto from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { KeyType } from './enums';
import { generateKeyPair, KEY_ALGORITHMS, privateKeyPem } from './csr';

/** A certificate made for a test, with its key (PEM) and the keys to sign others. */
export interface TestCert {
  pem: string;
  keyPem: string;
  keys: CryptoKeyPair;
  cert: x509.X509Certificate;
}

const DAY = 86_400_000;

/**
 * Makes a certificate for tests (@peculiar/x509): self-signed when `issuer` is absent; a CA when
 * `ca`; valid from `from` to `to` days around now; for `names` (subjectAltName).
 */
export async function makeCert(opts: {
  subject: string;
  names?: string[];
  /** IP addresses in its subjectAltName. */
  ips?: string[];
  issuer?: TestCert;
  ca?: boolean;
  keyType?: KeyType;
  rsaBits?: number;
  from?: number;
  to?: number;
}): Promise<TestCert> {
  const keyType = opts.keyType ?? KeyType.EC_P256;
  const keys = opts.rsaBits
    ? ((await crypto.webcrypto.subtle.generateKey(
        {
          name: 'RSASSA-PKCS1-v1_5',
          modulusLength: opts.rsaBits,
          publicExponent: new Uint8Array([1, 0, 1]),
          hash: 'SHA-256',
        },
        true,
        ['sign', 'verify'],
      )) as CryptoKeyPair)
    : await generateKeyPair(keyType);
  const signer = opts.issuer?.keys ?? keys;
  const signerAlgorithm = opts.issuer
    ? opts.issuer.keys.privateKey.algorithm.name === 'ECDSA'
      ? { name: 'ECDSA', hash: 'SHA-256' }
      : { name: 'RSASSA-PKCS1-v1_5' }
    : opts.rsaBits
      ? { name: 'RSASSA-PKCS1-v1_5' }
      : KEY_ALGORITHMS[keyType].signing;
  const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(!!opts.ca, undefined, true)];
  const altNames = [
    ...(opts.names ?? []).map((value) => ({ type: 'dns' as const, value })),
    ...(opts.ips ?? []).map((value) => ({ type: 'ip' as const, value })),
  ];
  if (altNames.length) extensions.push(new x509.SubjectAlternativeNameExtension(altNames));
  if (opts.ca)
    extensions.push(new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: crypto.randomBytes(8).toString('hex'),
    subject: `CN=${opts.subject}`,
    issuer: opts.issuer ? opts.issuer.cert.subject : `CN=${opts.subject}`,
    notBefore: new Date(Date.now() + (opts.from ?? -1) * DAY),
    notAfter: new Date(Date.now() + (opts.to ?? 90) * DAY),
    signingAlgorithm: signerAlgorithm,
    publicKey: keys.publicKey,
    signingKey: signer.privateKey,
    extensions,
  });
  return { pem: cert.toString('pem'), keyPem: await privateKeyPem(keys.privateKey), keys, cert };
}

/** A root, an intermediate it signed, and a leaf for `names` the intermediate signed. */
export async function makeChain(names: string[], leaf: Partial<Parameters<typeof makeCert>[0]> = {}) {
  const root = await makeCert({ subject: 'Test Root CA', ca: true, to: 3650 });
  const intermediate = await makeCert({ subject: 'Test Intermediate CA', ca: true, issuer: root, to: 1000 });
  const cert = await makeCert({ subject: names[0]!, names, issuer: intermediate, ...leaf });
  return { root, intermediate, leaf: cert };
}
