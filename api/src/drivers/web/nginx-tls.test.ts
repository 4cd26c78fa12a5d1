import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCert, makeChain, type TestCert } from '../../modules/ssl/testing';
import { nginxStatus, startNginx, type NginxInstance } from '../../test/nginx';
import { NginxConfigError, NginxDriver } from './nginx';
import { UnsafeSiteInputError } from './site';
import type { SiteConfig, TlsBinding } from './types';

const fingerprint = (cert: TestCert) => new crypto.X509Certificate(cert.pem).fingerprint256;

/** What nginx serves for `servername` on the TLS port, checked against `ca` as a browser would. */
function handshake(
  port: number,
  servername: string,
  ca: string,
): Promise<{ authorized: boolean; fingerprint256: string }> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername, ca }, () => {
      resolve({ authorized: socket.authorized, fingerprint256: socket.getPeerCertificate().fingerprint256 });
      socket.end();
    });
    socket.on('error', reject);
  });
}

/*
 * Sites served over HTTPS by a real nginx: certificates and keys in files next to the server
 * block, chosen by SNI; the redirect to HTTPS, HSTS, and ACME challenges passed to the panel.
 */
describe('nginx driver: sites over TLS', async () => {
  const status = await nginxStatus();
  if (!status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }

  let web: NginxInstance;
  let driver: NginxDriver;
  let chain: Awaited<ReturnType<typeof makeChain>>;
  let wildcard: Awaited<ReturnType<typeof makeChain>>;
  let binding: TlsBinding;
  /** The panel's stand-in for ACME challenges: answers every path with what it was asked. */
  let panel: http.Server;
  let panelPort: number;
  const asked: { url: string; host: string }[] = [];

  beforeAll(async () => {
    web = await startNginx();
    driver = new NginxDriver({
      configDir: web.configDir,
      webRoot: web.webRoot,
      controlCommand: web.controlCommand,
      listen: { host: '127.0.0.1', port: web.port },
      tlsListen: { host: '127.0.0.1', port: web.tlsPort },
    });
    chain = await makeChain(['example.com', 'www.example.com']);
    wildcard = await makeChain(['*.svc.example.com']);
    binding = {
      names: ['example.com', 'www.example.com'],
      certificate: `${chain.leaf.pem}\n${chain.intermediate.pem}`,
      key: chain.leaf.keyPem,
    };
    panel = http.createServer((req, res) => {
      asked.push({ url: req.url ?? '', host: req.headers.host ?? '' });
      res.end(`token for ${req.url}`);
    });
    await new Promise<void>((resolve) => panel.listen(0, '127.0.0.1', resolve));
    panelPort = (panel.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await web?.stop();
    await new Promise((resolve) => panel?.close(resolve));
  });

  const site: SiteConfig = {
    id: 1,
    account: 1,
    directory: 'example.com',
    serverNames: ['example.com', 'www.example.com', 'a1.svc.example.com'],
    title: 'Example',
  };
  const sslFile = (name: string) => path.join(web.configDir, 'ssl', name);

  it("serves the site's certificate and chain by SNI from files next to the block, and its pages", async () => {
    await driver.putSite({ ...site, tls: [binding] });
    const seen = await handshake(web.tlsPort, 'www.example.com', chain.root.pem);
    expect(seen).toEqual({ authorized: true, fingerprint256: fingerprint(chain.leaf) });
    const page = await web.getTls('example.com', '/', chain.root.pem);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Example</title>');
    expect(page.fingerprint256).toBe(fingerprint(chain.leaf));
    expect(page.headers['strict-transport-security']).toBeUndefined(); // HSTS is off
    // Plain HTTP still serves every name (no redirect asked); the instant-access name has no TLS.
    expect((await web.get('example.com')).status).toBe(200);
    expect((await web.getTls('a1.svc.example.com')).fingerprint256).toBe(web.defaultFingerprint256);

    // The PEM texts are in files (the key readable by nginx's master only), never in the block.
    expect(fs.readFileSync(sslFile('site-1-1.crt'), 'utf8')).toBe(`${binding.certificate.trim()}\n`);
    expect(fs.readFileSync(sslFile('site-1-1.key'), 'utf8')).toBe(`${chain.leaf.keyPem.trim()}\n`);
    expect(fs.statSync(sslFile('site-1-1.crt')).mode & 0o777).toBe(0o644);
    expect(fs.statSync(sslFile('site-1-1.key')).mode & 0o777).toBe(0o600);
    const conf = fs.readFileSync(path.join(web.configDir, 'site-1.conf'), 'utf8');
    expect(conf).toContain(`ssl_certificate_key ${sslFile('site-1-1.key')};`);
    expect(conf).not.toMatch(/BEGIN|PRIVATE/);
  });

  it('the shared wildcard certificate serves the instant-access name; a second site gets its own by SNI', async () => {
    const svc: TlsBinding = {
      names: ['a1.svc.example.com'],
      certificate: `${wildcard.leaf.pem}\n${wildcard.intermediate.pem}`,
      key: wildcard.leaf.keyPem,
    };
    await driver.putSite({ ...site, tls: [binding, svc] });
    expect((await web.getTls('a1.svc.example.com', '/', wildcard.root.pem)).fingerprint256).toBe(
      fingerprint(wildcard.leaf),
    );
    expect(fs.existsSync(sslFile('site-1-2.key'))).toBe(true);

    const other = await makeCert({ subject: 'shop.test', names: ['shop.test'] });
    await driver.putSite({
      id: 2,
      account: 2,
      directory: 'shop.test',
      serverNames: ['shop.test'],
      title: 'Shop',
      tls: [{ names: ['shop.test'], certificate: other.pem, key: other.keyPem }],
    });
    const shop = await web.getTls('shop.test', '/', other.pem);
    expect(shop.fingerprint256).toBe(fingerprint(other));
    expect(shop.body).toContain('<title>Shop</title>');
    expect((await handshake(web.tlsPort, 'example.com', chain.root.pem)).fingerprint256).toBe(fingerprint(chain.leaf));
  });

  it('redirects plain HTTP to HTTPS for the names with a certificate, and sends HSTS over TLS only', async () => {
    const names = { ...site, serverNames: [...site.serverNames, 'plain.example.com'] };
    await driver.putSite({ ...names, tls: [binding], httpsRedirect: true, hsts: true });
    const moved = await web.get('www.example.com', '/shop/cart?item=3');
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe(`https://www.example.com:${web.tlsPort}/shop/cart?item=3`);
    expect(moved.headers['strict-transport-security']).toBeUndefined();
    // A name with no certificate keeps being served on HTTP.
    const plain = await web.get('plain.example.com');
    expect(plain.status).toBe(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const secure = await web.getTls('www.example.com', '/', chain.root.pem);
    expect(secure.status).toBe(200);
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000');
    expect((await web.getTls('www.example.com', '/missing.html')).headers['strict-transport-security']).toBe(
      'max-age=31536000',
    );
  });

  it('passes ACME challenges to the panel with the host asked, on HTTP (never redirected) and TLS', async () => {
    const origin = `http://127.0.0.1:${panelPort}`;
    await driver.putSite({ ...site, tls: [binding], httpsRedirect: true, acmeChallengeProxy: origin });
    asked.length = 0;
    const challenge = await web.get('www.example.com', '/.well-known/acme-challenge/tok-123_A');
    expect(challenge).toMatchObject({ status: 200, body: 'token for /.well-known/acme-challenge/tok-123_A' });
    expect(asked).toEqual([{ url: '/.well-known/acme-challenge/tok-123_A', host: 'www.example.com' }]);
    // The instant-access name (no certificate, not redirected) and TLS pass it too; the rest still redirects.
    expect((await web.get('a1.svc.example.com', '/.well-known/acme-challenge/t2')).body).toBe(
      'token for /.well-known/acme-challenge/t2',
    );
    expect((await web.getTls('example.com', '/.well-known/acme-challenge/t3')).body).toBe(
      'token for /.well-known/acme-challenge/t3',
    );
    expect(asked.map((a) => a.host)).toEqual(['www.example.com', 'a1.svc.example.com', 'example.com']);
    expect((await web.get('www.example.com', '/.well-known/other')).status).toBe(301);
  });

  it('a suspended site answers 403 on TLS too', async () => {
    await driver.putSite({ ...site, tls: [binding], hsts: true, suspended: true });
    const closed = await web.getTls('example.com', '/', chain.root.pem);
    expect(closed.status).toBe(403);
    expect(closed.body).toContain('This site is suspended');
    expect(closed.headers['strict-transport-security']).toBe('max-age=31536000');
    expect((await web.get('example.com')).status).toBe(403);
  });

  it('a certificate nginx refuses never replaces the one served: the previous files come back', async () => {
    await driver.putSite({ ...site, tls: [binding] });
    const before = fs.readdirSync(path.join(web.configDir, 'ssl')).map((f) => [f, fs.readFileSync(sslFile(f), 'utf8')]);
    const conf = fs.readFileSync(path.join(web.configDir, 'site-1.conf'), 'utf8');
    const stranger = await makeCert({ subject: 'example.com', names: ['example.com'] });
    const broken: TlsBinding[] = [
      { ...binding, key: stranger.keyPem }, // a key that is not the certificate's
      { ...binding, certificate: '-----BEGIN CERTIFICATE-----\nAAAAAAAA\n-----END CERTIFICATE-----' }, // PEM-shaped garbage
    ];
    for (const bad of broken) {
      const refused = await driver.putSite({ ...site, title: 'changed', tls: [bad] }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(NginxConfigError);
      expect((refused as Error).message).not.toContain('PRIVATE KEY');
      expect(
        fs.readdirSync(path.join(web.configDir, 'ssl')).map((f) => [f, fs.readFileSync(sslFile(f), 'utf8')]),
      ).toEqual(before);
      expect(fs.readFileSync(path.join(web.configDir, 'site-1.conf'), 'utf8')).toBe(conf);
      expect((await web.getTls('example.com', '/', chain.root.pem)).fingerprint256).toBe(fingerprint(chain.leaf));
    }
    // A new site whose certificate is refused leaves no file behind.
    await expect(
      driver.putSite({
        id: 3,
        account: 3,
        directory: 'new.test',
        serverNames: ['new.test'],
        title: 'New',
        tls: [{ ...broken[0]!, names: ['new.test'] }],
      }),
    ).rejects.toBeInstanceOf(NginxConfigError);
    expect(fs.readdirSync(web.configDir).filter((f) => f.startsWith('site-3'))).toEqual([]);
    expect(fs.readdirSync(path.join(web.configDir, 'ssl')).filter((f) => f.startsWith('site-3'))).toEqual([]);
  });

  it('refuses bindings for names the site does not have, and anything but PEM, writing nothing', async () => {
    const bad: Partial<SiteConfig>[] = [
      { tls: [{ ...binding, names: ['evil.example'] }] },
      { tls: [{ ...binding, names: [] }] },
      { tls: [binding, { ...binding, names: ['example.com'] }] }, // a name in two bindings
      { tls: [{ ...binding, certificate: `${chain.leaf.pem}\n}\nserver { listen 1; }` }] },
      { tls: [{ ...binding, certificate: 'not a certificate' }] },
      { tls: [{ ...binding, certificate: `${chain.leaf.pem}\n${'A'.repeat(70_000)}` }] },
      { tls: [{ ...binding, key: `${chain.leaf.keyPem}\n${chain.leaf.keyPem}` }] },
      { tls: [{ ...binding, key: binding.key.replace(/PRIVATE KEY/g, 'ENCRYPTED PRIVATE KEY') }] },
      { tls: [{ ...binding, key: binding.key.replace(/PRIVATE KEY/g, 'EC PRIVATE KEY') }] },
      { acmeChallengeProxy: 'http://127.0.0.1:8080/path' },
      { acmeChallengeProxy: 'http://panel.example; root /' },
      { acmeChallengeProxy: 'ftp://panel.example' },
      { acmeChallengeProxy: 'http://127.0.0.1:70000' },
      { hsts: 'yes' as unknown as boolean },
    ];
    for (const change of bad) {
      const refused = await driver
        .putSite({ ...site, id: 9, directory: 'x.example', ...change })
        .catch((e: unknown) => e);
      expect(refused, JSON.stringify(change).slice(0, 200)).toBeInstanceOf(UnsafeSiteInputError);
      expect((refused as Error).message).not.toContain('BEGIN');
    }
    expect(fs.existsSync(path.join(web.configDir, 'site-9.conf'))).toBe(false);
    expect(fs.readdirSync(path.join(web.configDir, 'ssl')).filter((f) => f.startsWith('site-9'))).toEqual([]);
  });

  it('survey compares certificates and keys too, and names stray certificate files', async () => {
    const svc: TlsBinding = {
      names: ['a1.svc.example.com'],
      certificate: wildcard.leaf.pem,
      key: wildcard.leaf.keyPem,
    };
    const one = { ...site, tls: [binding, svc] };
    await driver.putSite(one);
    const shop = { id: 2, account: 2, directory: 'shop.test', serverNames: ['shop.test'], title: 'Shop' };
    await driver.putSite(shop);
    expect(await driver.survey([one, shop])).toEqual({ missing: [], different: [], unknown: [] });
    // Another certificate than the one on disk, a binding fewer, or a key changed on disk: different.
    const renewed = { ...one, tls: [{ ...binding, certificate: wildcard.intermediate.pem }, svc] };
    expect((await driver.survey([renewed, shop])).different).toEqual([1]);
    expect((await driver.survey([{ ...one, tls: [binding] }, shop])).different).toEqual([1]);
    fs.writeFileSync(sslFile('site-1-2.key'), wildcard.root.keyPem);
    expect((await driver.survey([one, shop])).different).toEqual([1]);
    fs.writeFileSync(sslFile('site-7-1.crt'), chain.root.pem);
    expect((await driver.survey([one, shop])).unknown).toEqual(['ssl/site-7-1.crt']);
    fs.rmSync(sslFile('site-7-1.crt'));
  });

  it('a site without certificates loses its files and TLS blocks; removeSite takes them too', async () => {
    await driver.putSite({ ...site, tls: [binding], httpsRedirect: true, hsts: true });
    await driver.putSite(site);
    expect(fs.readdirSync(path.join(web.configDir, 'ssl')).filter((f) => f.startsWith('site-1-'))).toEqual([]);
    expect(fs.readFileSync(path.join(web.configDir, 'site-1.conf'), 'utf8')).not.toContain('ssl');
    expect((await web.getTls('example.com')).fingerprint256).toBe(web.defaultFingerprint256);
    expect((await web.get('example.com')).status).toBe(200); // and no redirect without a certificate

    await driver.putSite({ ...site, tls: [binding] });
    await driver.removeSite(site); // the files go whatever the config given says
    expect(fs.readdirSync(path.join(web.configDir, 'ssl')).filter((f) => f.startsWith('site-1-'))).toEqual([]);
    expect(fs.existsSync(path.join(web.configDir, 'site-1.conf'))).toBe(false);
    expect((await web.getTls('example.com')).fingerprint256).toBe(web.defaultFingerprint256);
  });
});
