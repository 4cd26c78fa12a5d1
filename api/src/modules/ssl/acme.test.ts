import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemEm } from '../../db/scope';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { freePort, namedStatus, startNamed, type NamedInstance } from '../../test/named';
import { nginxStatus, startNginx, type NginxInstance } from '../../test/nginx';
import { pebbleCa, pebbleStatus, startPebble, type PebbleInstance } from '../../test/pebble';
import { servedCertificate } from '../../test/tls';
import { D, domainState, setupHosting } from '../domains/testing';
import { eventually, FAST_TASKS } from '../mysql/testing';
import { checkCertificates } from './acme/renewal';
import { Certificate } from './certificate.entity';
import { CertificateState } from './enums';
import { sslModule } from './index';

/** An address on this machine where nothing listens: the authority's HTTP-01 fetch there is refused at once. */
const NOWHERE = '127.0.0.2';

const FIELDS =
  'id kind source state names issuer serial fingerprint notBefore notAfter certificatePem chainPem lastError';
const Q = {
  settings: `query { acmeSettings { directoryUrl email accountUrl letsEncrypt letsEncryptStaging } }`,
  setSettings: `mutation($i: AcmeSettingsInput!) { setAcmeSettings(input: $i) { directoryUrl email accountUrl } }`,
  issue: `mutation($s: ID!) { issueSiteCertificate(siteId: $s) { ${FIELDS} } }`,
  reissue: `mutation($id: ID!) { reissueCertificate(id: $id) { ${FIELDS} } }`,
  get: `query($id: ID!) { certificate(id: $id) { ${FIELDS} } }`,
  issueCompany: `mutation($k: CertificateKind!) { issueCompanyCertificate(kind: $k) { ${FIELDS} } }`,
  site: `query($id: ID!) { domain(id: $id) { site { certificate { id fingerprint } } } }`,
};

/** The leaf verifies under `chain`'s first certificate, and that one under pebble's root. */
function chainsTo(leafPem: string, chainPem: string, rootPem: string): boolean {
  const leaf = new crypto.X509Certificate(leafPem);
  const [intermediate] = chainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  const inter = new crypto.X509Certificate(intermediate!);
  const root = new crypto.X509Certificate(rootPem);
  return leaf.verify(inter.publicKey) && inter.verify(root.publicKey);
}

/*
 * ACME for real: pebble (Let's Encrypt's test authority) resolves every name through our own
 * named; HTTP-01 answers are fetched from the site's nginx, which passes the path to the panel,
 * DNS-01 answers from the zone BIND serves. The issued certificate is then served by nginx. Issuing, renewing and failing run as tasks.
 */
describe('certificates over ACME against pebble and BIND', async () => {
  const missing = [await namedStatus(), await nginxStatus(), await pebbleStatus()].find((t) => !t.ok);
  if (missing && !missing.ok) {
    it.skip(`skipped: ${missing.reason}`, () => {});
    return;
  }
  const caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'helio-acme-')), 'pebble-ca.pem');
  const ca = await pebbleCa(caFile);
  // nginx passes HTTP-01 fetches to the panel's public address, which must be known before it starts.
  const panelPort = await freePort();

  describeApi(
    'issue, renew, fail',
    (api) => {
      let ns: NamedInstance;
      let web: NginxInstance;
      let pebble: PebbleInstance;
      let master: MasterClient;
      let alice: EndUserClient;
      let bob: EndUserClient;
      let siteId: string;

      beforeAll(async () => {
        [ns, web] = await Promise.all([startNamed({ name: 'ns1' }), startNginx()]);
        // pebble fetches HTTP-01 answers at <the name's address>:<port>: our nginx, which passes them to the panel.
        pebble = await startPebble({ dnsServer: `127.0.0.1:${ns.port}`, httpPort: web.port, ca });
        master = await setupMaster(api);
        await setupHosting(master, {
          dns: [
            {
              host: ns.host,
              port: ns.port,
              configDir: ns.configDir,
              controlCommand: ns.controlCommand,
              nameServer: 'ns1.helio-test.com',
            },
          ],
          web: {
            host: '127.0.0.1',
            port: web.port,
            tlsPort: web.tlsPort,
            configDir: web.configDir,
            webRoot: web.webRoot,
            controlCommand: web.controlCommand,
            address: '127.0.0.1',
          },
        });
        alice = await createEndUser(master, api);
        bob = await createEndUser(master, api);
        const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'acme-shop.com' } })).addDomain;
        siteId = (await domainState(alice, d.id, 'ACTIVE', 30_000)).site.id;
      }, 90_000);

      afterAll(async () => {
        await Promise.allSettled([pebble?.stop(), ns?.stop(), web?.stop()]);
        fs.rmSync(path.dirname(caFile), { recursive: true, force: true });
      });

      const waitFor = (client: EndUserClient | MasterClient, id: string, state: string) =>
        eventually(async () => {
          const c = (await client.ok(Q.get, { id })).certificate;
          if (c.state !== state) throw new Error(`certificate ${id} is ${c.state} (${c.lastError ?? ''})`);
          return c;
        }, 60_000);

      it('only the master admin chooses the directory; Let’s Encrypt is the default', async () => {
        const s = (await master.ok(Q.settings)).acmeSettings;
        expect(s.directoryUrl).toBe('https://acme-v02.api.letsencrypt.org/directory');
        expect(s.letsEncryptStaging).toMatch(/staging/);
        expect((await alice.fails(Q.settings)).extensions?.code).toBe('FORBIDDEN');
        const bad = await master.gql(Q.setSettings, { i: { directoryUrl: 'http://plain.example/dir', email: 'x' } });
        expect(bad.errors?.[0]?.extensions?.fields?.map((f: { field: string }) => f.field).sort()).toEqual([
          'directoryUrl',
          'email',
        ]);
        const set = (
          await master.ok(Q.setSettings, { i: { directoryUrl: pebble.directoryUrl, email: 'ssl@helio-test.com' } })
        ).setAcmeSettings;
        expect(set).toEqual({ directoryUrl: pebble.directoryUrl, email: 'ssl@helio-test.com', accountUrl: null });
      });

      it('a customer gets a free certificate for the site’s own names over HTTP-01', async () => {
        const ordered = (await alice.ok(Q.issue, { s: siteId })).issueSiteCertificate;
        expect(ordered).toMatchObject({
          source: 'ACME',
          state: 'PENDING',
          names: ['acme-shop.com', 'www.acme-shop.com'],
        });
        expect((await alice.fails(Q.issue, { s: siteId })).extensions?.code).toBe('CONFLICT'); // one order at a time
        const cert = await waitFor(alice, ordered.id, 'ACTIVE');
        expect(cert.issuer).toMatch(/Pebble/);
        expect(new crypto.X509Certificate(cert.certificatePem).fingerprint256).toBe(cert.fingerprint);
        expect(chainsTo(cert.certificatePem, cert.chainPem, await pebble.rootPem())).toBe(true);
        expect(new Date(cert.notAfter).getTime()).toBeGreaterThan(Date.now() + 30 * 86_400_000);
        expect(cert.lastError).toBeNull();
        // Installed: nginx serves it by SNI, and the page over HTTPS; plain HTTP still answers until the redirect is on.
        const served = await eventually(async () => {
          const answer = await web.getTls('acme-shop.com', '/', await pebble.rootPem());
          expect(answer.fingerprint256).toBe(cert.fingerprint);
          return answer;
        }, 20_000);
        expect(served.status).toBe(200);
        expect((await web.get('www.acme-shop.com')).status).toBe(200);
        await alice.ok(`mutation($s: ID!) { setSiteHttps(siteId: $s, input: { redirect: true, hsts: true }) { id } }`, {
          s: siteId,
        });
        await eventually(async () => {
          const plain = await web.get('acme-shop.com', '/page?x=1');
          expect(plain.status).toBe(301);
          expect(plain.headers.location).toBe(`https://acme-shop.com:${web.tlsPort}/page?x=1`);
        }, 20_000);
        await eventually(async () => {
          const tlsAnswer = await web.getTls('acme-shop.com', '/');
          expect(tlsAnswer.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        }, 5000);
        // The account was registered on that first order; the answers were withdrawn after it.
        expect((await master.ok(Q.settings)).acmeSettings.accountUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\//);
        const em = systemEm(api.orm, 'test');
        expect(await em.count('AcmeChallenge', {})).toBe(0);
        // The sealed key is a new one that matches the certificate, and no answer carries it.
        const row = await em.findOneOrFail(Certificate, { id: Number(cert.id) });
        const key = crypto.createPrivateKey(api.app.secrets.open(row.sealedKey));
        expect(new crypto.X509Certificate(cert.certificatePem).checkPrivateKey(key)).toBe(true);
        // Another customer cannot see or reissue it.
        expect((await bob.fails(Q.get, { id: cert.id })).extensions?.code).toBe('NOT_FOUND');
        expect((await bob.fails(Q.reissue, { id: cert.id })).extensions?.code).toBe('NOT_FOUND');
        expect((await bob.fails(Q.issue, { s: siteId })).extensions?.code).toBe('NOT_FOUND');
      }, 90_000);

      it('a renewal due within 30 days is queued by the check and replaces the certificate', async () => {
        const em = systemEm(api.orm, 'test');
        const row = await em.findOneOrFail(Certificate, { site: Number(siteId), state: CertificateState.ACTIVE });
        const before = row.fingerprint;
        // As if it ran out in 10 days: the check queues its renewal (once, however often it runs).
        row.notAfter = new Date(Date.now() + 10 * 86_400_000);
        await em.flush();
        const settings = api.app.areas.get(sslModule).settings;
        // An answer a crashed order left behind goes with the same pass.
        em.create('AcmeChallenge', {
          token: 'left-behind',
          keyAuthorization: 'x',
          certificateId: row.id,
          expiresAt: new Date(Date.now() - 1000),
        });
        await em.flush();
        expect((await checkCertificates(api.orm, api.app, settings)).renewals).toBe(1);
        expect(await em.fork().count('AcmeChallenge', { token: 'left-behind' })).toBe(0);
        expect((await checkCertificates(api.orm, api.app, settings)).renewals).toBe(0);
        const renewed = await eventually(async () => {
          const c = (await alice.ok(Q.get, { id: String(row.id) })).certificate;
          if (c.fingerprint === before) throw new Error('not renewed yet');
          return c;
        }, 60_000);
        expect(renewed.state).toBe('ACTIVE');
        expect(new Date(renewed.notAfter).getTime()).toBeGreaterThan(Date.now() + 30 * 86_400_000);
      }, 90_000);

      it('the shared wildcard of the service domain is proved over DNS-01 in our zone on BIND, then secures instant-access names', async () => {
        const ordered = (await master.ok(Q.issueCompany, { k: 'WILDCARD' })).issueCompanyCertificate;
        expect(ordered).toMatchObject({ state: 'PENDING', names: ['*.helio-test.com', 'helio-test.com'] });
        expect((await alice.fails(Q.issueCompany, { k: 'WILDCARD' })).extensions?.code).toBe('FORBIDDEN');
        const issued = await waitFor(master, ordered.id, 'ACTIVE');
        const x509 = new crypto.X509Certificate(issued.certificatePem);
        expect(x509.checkHost('anything.helio-test.com')).toBe('*.helio-test.com');
        expect(x509.checkHost('helio-test.com')).toBe('helio-test.com');
        // The TXT answers are gone from the zone again once the order is done.
        await eventually(async () => expect(await ns.dig('_acme-challenge.helio-test.com', 'TXT')).toEqual([]), 20_000);
        // The site's instant-access name (under the service domain) is now served with it, its own names with their own.
        const domain = (await alice.ok(D.domains)).domains.find((d: { name: string }) => d.name === 'acme-shop.com');
        const root = await pebble.rootPem();
        await eventually(async () => {
          expect((await web.getTls(domain.instantAlias, '/', root)).fingerprint256).toBe(issued.fingerprint);
        }, 30_000);
        const own = (await alice.ok(Q.site, { id: domain.id })).domain.site.certificate;
        expect((await web.getTls('acme-shop.com', '/', root)).fingerprint256).toBe(own.fingerprint);
      }, 90_000);

      it('the control panel’s certificate over ACME (its host is in our zone: DNS-01) is served by the panel’s own HTTPS listener', async () => {
        const ordered = (await master.ok(Q.issueCompany, { k: 'PANEL' })).issueCompanyCertificate;
        expect(ordered).toMatchObject({ state: 'PENDING', names: ['panel.helio-test.com'] });
        const issued = await waitFor(master, ordered.id, 'ACTIVE');
        const root = await pebble.rootPem();
        await eventually(async () => {
          const served = await servedCertificate(api.httpsPort!, 'panel.helio-test.com', root);
          expect(served.authorized).toBe(true);
          expect(served.cert.fingerprint256).toBe(issued.fingerprint);
        }, 10_000);
      }, 90_000);

      it('a name the authority cannot reach fails with its words, and the site keeps what it had', async () => {
        const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'unreachable-acme.com' } })).addDomain;
        const site = (await domainState(alice, d.id, 'ACTIVE', 30_000)).site.id;
        // Its address records point where the authority's fetch is refused at once (nothing listens on
        // 127.0.0.2; an address off the machine might swallow the connection until the authority gives up).
        const records = (await alice.ok(D.domain, { id: d.id })).domain.records as Array<{
          id: string;
          type: string;
          name: string;
        }>;
        for (const r of records.filter((x) => x.type === 'A'))
          await alice.ok(D.updateRecord, { id: r.id, i: { name: r.name, type: 'A', value: NOWHERE } });
        // Only once BIND serves them: an order placed before would still be proved at the old address.
        for (const name of ['unreachable-acme.com', 'www.unreachable-acme.com'])
          await eventually(async () => expect(await ns.dig(name, 'A')).toEqual([NOWHERE]), 20_000);
        const ordered = (await alice.ok(Q.issue, { s: site })).issueSiteCertificate;
        const failed = await waitFor(alice, ordered.id, 'FAILED');
        expect(failed.lastError).toMatch(/http-01 for (www\.)?unreachable-acme\.com/);
        expect(failed.certificatePem).toBeNull();
        // Asked again, it is a first issue again (and fails again the same way).
        expect((await alice.ok(Q.reissue, { id: ordered.id })).reissueCertificate.state).toBe('PENDING');
      }, 120_000);

      it('a renewal that fails leaves the certificate serving, with the reason, and mails the customer and the admins', async () => {
        const em = systemEm(api.orm, 'test');
        const row = await em.findOneOrFail(Certificate, { site: Number(siteId), state: CertificateState.ACTIVE });
        const serving = row.fingerprint;
        // The site's names now point where the authority's fetch is refused, and it runs out in 10 days.
        const domain = (await alice.ok(D.domains)).domains.find((d: { name: string }) => d.name === 'acme-shop.com');
        for (const r of domain.records.filter((x: { type: string }) => x.type === 'A'))
          await alice.ok(D.updateRecord, { id: r.id, i: { name: r.name, type: 'A', value: NOWHERE } });
        await eventually(async () => expect(await ns.dig('acme-shop.com', 'A')).toEqual([NOWHERE]), 20_000);
        row.notAfter = new Date(Date.now() + 10 * 86_400_000);
        row.lastErrorAt = null;
        await em.flush();
        expect((await checkCertificates(api.orm, api.app, api.app.areas.get(sslModule).settings)).renewals).toBe(1);
        const after = await eventually(async () => {
          const c = (await alice.ok(Q.get, { id: String(row.id) })).certificate;
          if (!c.lastError) throw new Error('renewal not failed yet');
          return c;
        }, 60_000);
        expect(after).toMatchObject({ state: 'ACTIVE', fingerprint: serving });
        expect(after.lastError).toMatch(/http-01 for (www\.)?acme-shop\.com/);
        const mails = await eventually(async () => {
          const found = await em.fork().find('MailMessage', { subject: { $like: '%could not be renewed%' } });
          if (found.length < 2) throw new Error(`${found.length} mails`);
          return found as unknown as Array<{ recipient: string; body: string }>;
        }, 10_000);
        expect(mails.map((m) => m.recipient).sort()).toEqual(
          [`${alice.login}@customer.test`, `${master.login}@root.test`].sort(),
        );
        expect(mails[0]!.body).toContain('acme-shop.com');
        // The next pass does not hammer the authority again the same day.
        expect((await checkCertificates(api.orm, api.app, api.app.areas.get(sslModule).settings)).renewals).toBe(0);
        // nginx still serves the certificate it had.
        expect((await web.getTls('acme-shop.com', '/', await pebble.rootPem())).fingerprint256).toBe(serving);
      }, 90_000);
    },
    {
      ...FAST_TASKS,
      TASK_MAX_ATTEMPTS: '1',
      PORT: String(panelPort),
      ACME_CA_FILE: caFile,
      // The master's panel host is a name in its service zone (its certificate is proved over DNS-01);
      // nginx passes HTTP-01 answers to the panel by address.
      PUBLIC_URL: `http://panel.helio-test.com:${panelPort}`,
      WEB_ACME_CHALLENGE_URL: `http://127.0.0.1:${panelPort}`,
      HTTPS_PORT: '0',
    },
  );
});
