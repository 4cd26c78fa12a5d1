import 'reflect-metadata'; // @peculiar/x509's dependency injection (tsyringe) needs it loaded first
import crypto from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { KeyType } from './enums';

x509.cryptoProvider.set(crypto.webcrypto as Crypto);

/** Web Crypto parameters of each key type the panel makes, and how it signs with it. */
const ALGORITHMS: Readonly<
  Record<KeyType, { key: RsaHashedKeyGenParams | EcKeyGenParams; signing: Algorithm | EcdsaParams }>
> = {
  [KeyType.RSA_2048]: rsa(2048),
  [KeyType.RSA_3072]: rsa(3072),
  [KeyType.RSA_4096]: rsa(4096),
  [KeyType.EC_P256]: {
    key: { name: 'ECDSA', namedCurve: 'P-256' },
    signing: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
  },
  [KeyType.EC_P384]: {
    key: { name: 'ECDSA', namedCurve: 'P-384' },
    signing: { name: 'ECDSA', hash: 'SHA-384' } as EcdsaParams,
  },
};

function rsa(modulusLength: number) {
  return {
    key: { name: 'RSASSA-PKCS1-v1_5', modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    signing: { name: 'RSASSA-PKCS1-v1_5' },
  };
}

export async function generateKeyPair(type: KeyType): Promise<CryptoKeyPair> {
  return (await crypto.webcrypto.subtle.generateKey(ALGORITHMS[type].key, true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** A private key as PKCS#8 PEM (to seal). */
export async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await crypto.webcrypto.subtle.exportKey('pkcs8', key));
  return crypto
    .createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    .export({ type: 'pkcs8', format: 'pem' })
    .toString()
    .trim();
}

/**
 * A certificate signing request for `names` (the first is the subject's common name, all are in
 * its subjectAltName), made with @peculiar/x509 on a key made here: for customers who buy their
 * certificate elsewhere. The key stays sealed in the panel.
 */
export async function createCsr(names: readonly string[], type: KeyType): Promise<{ csrPem: string; keyPem: string }> {
  const keys = await generateKeyPair(type);
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: `CN=${names[0]}`,
    keys,
    signingAlgorithm: ALGORITHMS[type].signing,
    extensions: [new x509.SubjectAlternativeNameExtension(names.map((value) => ({ type: 'dns' as const, value })))],
  });
  return { csrPem: csr.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) };
}

export { ALGORITHMS as KEY_ALGORITHMS };
