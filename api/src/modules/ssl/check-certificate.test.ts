import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCertificate } from './check-certificate';
import { KeyType } from './enums';
import { makeChain, makeCert, type TestCert } from './testing';

/** The field errors a check throws, or [] when it passes. */
function fieldsOf(run: () => unknown): Array<{ field: string; message: string }> {
  try {
    run();
    return [];
  } catch (err) {
    const fields = (err as { extensions?: { fields?: Array<{ field: string; message: string }> } }).extensions?.fields;
    if (!fields) throw err;
    return fields;
  }
}

describe('SSL-1: an uploaded certificate, key and chain are checked', () => {
  let chain: Awaited<ReturnType<typeof makeChain>>;
  let other: TestCert;

  beforeAll(async () => {
    chain = await makeChain(['shop.example.com', 'www.shop.example.com']);
    other = await makeCert({ subject: 'other.example.com', names: ['other.example.com'] });
  });

  it('a good set passes and tells its names, issuer, validity, key type and fingerprint', () => {
    const ok = checkCertificate(
      { certificate: chain.leaf.pem, privateKey: chain.leaf.keyPem, chain: chain.intermediate.pem },
      ['shop.example.com', 'www.shop.example.com'],
      null,
    );
    expect(ok).toMatchObject({
      names: ['shop.example.com', 'www.shop.example.com'],
      issuer: 'Test Intermediate CA',
      keyType: KeyType.EC_P256,
      fingerprint: new crypto.X509Certificate(chain.leaf.pem).fingerprint256,
    });
    expect(ok.notAfter.getTime()).toBeGreaterThan(Date.now());
    // The chain may also run up to the root.
    expect(() =>
      checkCertificate(
        { certificate: chain.leaf.pem, privateKey: chain.leaf.keyPem, chain: chain.intermediate.pem + chain.root.pem },
        ['shop.example.com'],
        null,
      ),
    ).not.toThrow();
  });

  it('a key that is not the certificate’s, a weak key, an encrypted key and a missing key are refused', async () => {
    expect(
      fieldsOf(() => checkCertificate({ certificate: chain.leaf.pem, privateKey: other.keyPem }, [], null)),
    ).toEqual([{ field: 'privateKey', message: 'does not match the certificate' }]);
    const weak = await makeCert({ subject: 'weak.example.com', names: ['weak.example.com'], rsaBits: 1024 });
    expect(fieldsOf(() => checkCertificate({ certificate: weak.pem, privateKey: weak.keyPem }, [], null))).toEqual([
      { field: 'privateKey', message: 'must be RSA of at least 2048 bits or ECDSA on P-256 or P-384' },
    ]);
    const encrypted = crypto
      .createPrivateKey(chain.leaf.keyPem)
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' })
      .toString();
    expect(
      fieldsOf(() => checkCertificate({ certificate: chain.leaf.pem, privateKey: encrypted }, [], null))[0],
    ).toEqual({
      field: 'privateKey',
      message: 'must not be encrypted: remove its passphrase first',
    });
    expect(fieldsOf(() => checkCertificate({ certificate: chain.leaf.pem }, [], null))[0]?.field).toBe('privateKey');
    // The panel's own key (from a signing request) stands in for an absent one.
    expect(() =>
      checkCertificate({ certificate: chain.leaf.pem }, [], crypto.createPrivateKey(chain.leaf.keyPem)),
    ).not.toThrow();
  });

  it('expired, not yet valid, and not covering the site’s names are refused, naming what is wrong', async () => {
    const expired = await makeCert({ subject: 'old.example.com', names: ['old.example.com'], from: -100, to: -10 });
    expect(
      fieldsOf(() => checkCertificate({ certificate: expired.pem, privateKey: expired.keyPem }, [], null)),
    ).toEqual([{ field: 'certificate', message: expect.stringMatching(/^expired on \d{4}-\d\d-\d\d$/) }]);
    const future = await makeCert({ subject: 'new.example.com', names: ['new.example.com'], from: 5, to: 50 });
    expect(
      fieldsOf(() => checkCertificate({ certificate: future.pem, privateKey: future.keyPem }, [], null))[0]?.message,
    ).toMatch(/^is not valid before/);
    expect(
      fieldsOf(() =>
        checkCertificate(
          { certificate: chain.leaf.pem, privateKey: chain.leaf.keyPem },
          ['shop.example.com', 'blog.example.com'],
          null,
        ),
      ),
    ).toEqual([
      {
        field: 'certificate',
        message: 'does not cover blog.example.com (it is for shop.example.com, www.shop.example.com)',
      },
    ]);
    // A wildcard covers one label, not the apex nor two labels.
    const wild = await makeCert({ subject: '*.example.net', names: ['*.example.net'] });
    const uncovered = (hosts: string[]) =>
      fieldsOf(() => checkCertificate({ certificate: wild.pem, privateKey: wild.keyPem }, hosts, null));
    expect(uncovered(['a.example.net', 'b.example.net'])).toEqual([]);
    expect(uncovered(['example.net', 'a.b.example.net'])[0]?.message).toMatch(
      /^does not cover example\.net, a\.b\.example\.net/,
    );
  });

  it('a chain out of order, or with a stranger in it, is refused', () => {
    const wrongOrder = fieldsOf(() =>
      checkCertificate(
        { certificate: chain.leaf.pem, privateKey: chain.leaf.keyPem, chain: chain.root.pem + chain.intermediate.pem },
        [],
        null,
      ),
    );
    expect(wrongOrder).toEqual([
      {
        field: 'chain',
        message: expect.stringMatching(/^certificate 1 \(CN=Test Root CA\) did not sign the certificate/),
      },
    ]);
    const stranger = fieldsOf(() =>
      checkCertificate({ certificate: chain.leaf.pem, privateKey: chain.leaf.keyPem, chain: other.pem }, [], null),
    );
    expect(stranger[0]?.field).toBe('chain');
  });

  it('garbage, several certificates in one field, and huge texts are field errors', () => {
    const garbage = (certificate: string) =>
      fieldsOf(() => checkCertificate({ certificate, privateKey: chain.leaf.keyPem }, [], null));
    expect(garbage('hello')).toEqual([
      { field: 'certificate', message: 'must hold PEM certificates only (-----BEGIN CERTIFICATE----- …)' },
    ]);
    expect(garbage('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')).toEqual([
      { field: 'certificate', message: 'is not a valid X.509 certificate' },
    ]);
    expect(garbage(chain.leaf.pem + chain.intermediate.pem)[0]?.message).toMatch(/must be one certificate/);
    expect(garbage(chain.leaf.pem + ' '.repeat(70_000))).toEqual([
      { field: 'certificate', message: 'must be at most 64 KiB' },
    ]);
    expect(
      fieldsOf(() => checkCertificate({ certificate: chain.leaf.pem, privateKey: 'not a key' }, [], null)),
    ).toEqual([{ field: 'privateKey', message: 'must be a PEM private key (-----BEGIN PRIVATE KEY----- …)' }]);
  });
});
