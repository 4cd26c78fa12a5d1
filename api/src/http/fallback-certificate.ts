import 'reflect-metadata'; // @peculiar/x509's dependency injection (tsyringe) needs it loaded first
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import * as x509 from '@peculiar/x509';
import type { TlsCertificate } from './tls-listener';

x509.cryptoProvider.set(crypto.webcrypto as Crypto);

const DAY = 86_400_000;
/** Made for a year; made again when less than a month is left. */
const VALID_DAYS = 365;
const RENEW_DAYS = 30;

/** The self-signed certificate and its key kept in one file, if it is whole and not about to expire. */
function readKept(file: string): TlsCertificate | null {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(text)?.[0];
    const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(text)?.[0];
    if (!certificate || !key) return null;
    const cert = new crypto.X509Certificate(certificate);
    if (new Date(cert.validTo).getTime() - Date.now() < RENEW_DAYS * DAY) return null;
    if (!cert.checkPrivateKey(crypto.createPrivateKey(key))) return null;
    return { certificate, key };
  } catch {
    return null;
  }
}

/** Writes a file whole (a temporary one renamed over it), so another process never reads half of it. */
function writeWhole(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/**
 * The certificate the panel's HTTPS listener presents when no area has one for the host asked for
 * (and no master panel certificate is installed yet): self-signed (@peculiar/x509: Node's crypto
 * cannot make certificates), for `names` (host names, or IP addresses). Kept with its key in
 * DATA_DIR/tls/self-signed.pem, readable by this user only, so a browser's exception for it survives
 * restarts.
 */
export async function fallbackCertificate(dataDir: string, names: readonly string[]): Promise<TlsCertificate> {
  const dir = path.join(dataDir, 'tls');
  const file = path.join(dir, 'self-signed.pem');
  const kept = readKept(file);
  if (kept) return kept;

  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await crypto.webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  const unique = [...new Set(names.map((n) => n.toLowerCase()))];
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: crypto.randomBytes(8).toString('hex'),
    name: `CN=${unique[0] ?? 'localhost'}, O=Heliosphere (self-signed)`,
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + VALID_DAYS * DAY),
    keys,
    signingAlgorithm: algorithm,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.SubjectAlternativeNameExtension(
        unique.map((value) => ({ type: net.isIP(value) ? ('ip' as const) : ('dns' as const), value })),
      ),
    ],
  });
  const der = Buffer.from(await crypto.webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  const certificate = cert.toString('pem') + '\n';
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeWhole(file, `${key.trim()}\n${certificate}`);
  return { certificate, key };
}
