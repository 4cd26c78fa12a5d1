import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Certificates for a spec, made with the machine's `openssl` in a temporary folder of their own. */
export interface TestCa {
  dir: string;
  /** The CA's certificate (PEM): the chain to upload with a certificate it signed. */
  pem: string;
  keyFile: string;
  certFile: string;
}

export interface TestLeaf {
  pem: string;
  keyPem: string;
  /** SHA-256 fingerprint as Node (and the panel) write it: AB:CD:… */
  fingerprint: string;
}

const run = (dir: string, args: string[]): string =>
  execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

export function fingerprintOf(pem: string): string {
  return new crypto.X509Certificate(pem).fingerprint256;
}

/** A CA (EC P-256, 1 year) named `cn` that signs the spec's certificates. */
export function makeCa(cn: string): TestCa {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-e2e-ssl-'));
  run(dir, [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '365',
    '-subj',
    `/CN=${cn}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  return {
    dir,
    pem: fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'),
    keyFile: 'ca.key',
    certFile: 'ca.pem',
  };
}

let seq = 0;

/** Signs a request (PEM) with the CA, keeping its subjectAltName; 90 days. */
export function signCsr(ca: TestCa, csrPem: string): string {
  seq += 1;
  const csr = `req${seq}.csr`;
  const out = `signed${seq}.pem`;
  fs.writeFileSync(path.join(ca.dir, csr), csrPem);
  run(ca.dir, [
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    ca.certFile,
    '-CAkey',
    ca.keyFile,
    '-set_serial',
    `0x${crypto.randomBytes(8).toString('hex')}`,
    '-days',
    '90',
    '-copy_extensions',
    'copyall',
    '-out',
    out,
  ]);
  return fs.readFileSync(path.join(ca.dir, out), 'utf8');
}

/** A key (EC P-256) and a certificate for `names` signed by the CA. */
export function makeLeaf(ca: TestCa, names: string[]): TestLeaf {
  seq += 1;
  const key = `leaf${seq}.key`;
  const csr = `leaf${seq}.csr`;
  run(ca.dir, [
    'req',
    '-new',
    ...EC,
    '-keyout',
    key,
    '-out',
    csr,
    '-subj',
    `/CN=${names[0]}`,
    '-addext',
    `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
  ]);
  const pem = signCsr(ca, fs.readFileSync(path.join(ca.dir, csr), 'utf8'));
  return { pem, keyPem: fs.readFileSync(path.join(ca.dir, key), 'utf8'), fingerprint: fingerprintOf(pem) };
}

/** The DNS names of a signing request; throws unless `openssl req -verify` finds its signature good. */
export function csrNames(csrPem: string): string[] {
  const text = execFileSync('openssl', ['req', '-noout', '-text', '-verify'], {
    input: csrPem,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return [...text.matchAll(/DNS:([^,\s]+)/g)].map((m) => m[1]!);
}

export function removeCa(ca: TestCa): void {
  fs.rmSync(ca.dir, { recursive: true, force: true });
}
