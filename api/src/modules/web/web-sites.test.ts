import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { filesDirFor } from '../../drivers/files-dir';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { D, domainState, setupHosting } from '../domains/testing';
import { eventually, FAST_TASKS } from '../mysql/testing';
import { makeCert, type TestCert } from '../ssl/testing';
import { webModule, type TlsProvider } from '.';

const SET = `mutation($s: ID!, $i: SiteHttpsInput!) { setSiteHttps(siteId: $s, input: $i) { id httpsRedirect hsts state } }`;
const SITE = `query($id: ID!) { domain(id: $id) { site { id httpsRedirect hsts } } }`;
const codeOf = (r: { errors?: Array<{ extensions?: { code?: unknown } }> }) => r.errors?.[0]?.extensions?.code;

/*
 * A site's HTTPS switches (setSiteHttps) and the certificates another area supplies (sites.tlsWith),
 * down to what the FILES web driver writes.
 */
describeApi(
  'sites over HTTPS: redirect and HSTS switches, certificates from a provider',
  (api) => {
    let master: MasterClient;
    let alice: EndUserClient;
    let bob: EndUserClient;
    let other: ResellerAdminClient;
    let webDir: string;
    let webServerId: string;
    let siteId: string;
    let domainId: string;
    let cert: TestCert;
    let previous: TlsProvider | null;
    const tasksOf = async (name: string) =>
      ((await master.ok(D.tasks)).tasks.nodes as { kind: string; subject: string }[]).filter(
        (t) => t.kind === 'web.putSite' && t.subject === `web site ${name}`,
      ).length;

    beforeAll(async () => {
      master = await setupMaster(api);
      const hosting = await setupHosting(master, {
        dns: [{ nameServer: 'ns1.helio-test.com' }, { nameServer: 'ns2.helio-test.com' }],
        web: { address: '192.0.2.91' },
      });
      webDir = filesDirFor(api.config, 'web', hosting.web.name);
      webServerId = hosting.web.id;
      alice = await createEndUser(master, api);
      bob = await createEndUser(master, api);
      other = await createReseller(master, api);
      cert = await makeCert({ subject: 'https-shop.com', names: ['https-shop.com', 'www.https-shop.com'] });
      // The ssl area's part, played here: the site's own names get the certificate.
      previous = api.app.areas.get(webModule).sites.tlsWith(async (em, site) => {
        expect(em.getReference).toBeTypeOf('function');
        const names = site.serverNames.filter((n) => n.endsWith('https-shop.com'));
        return names.length ? [{ names, certificate: cert.pem, key: cert.keyPem }] : [];
      });
      const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'https-shop.com' } })).addDomain;
      domainId = d.id;
      siteId = (await domainState(alice, d.id)).site.id;
    });
    afterAll(() => {
      api.app?.areas.get(webModule).sites.tlsWith(previous);
    });

    const conf = () => fs.readFileSync(path.join(webDir, `site-${siteId}.conf`), 'utf8');

    it('a new site is served with its certificate, HTTP not redirected, and passes ACME challenges to the panel', async () => {
      expect((await alice.ok(SITE, { id: domainId })).domain.site).toEqual({
        id: siteId,
        httpsRedirect: false,
        hsts: false,
      });
      const text = conf();
      expect(text).toContain('listen 443 ssl;');
      expect(text).toContain(`ssl_certificate /etc/nginx/heliosphere/ssl/site-${siteId}-1.crt;`);
      expect(text).not.toContain('return 301');
      expect(text).not.toContain('Strict-Transport-Security');
      expect(text).toContain(`proxy_pass ${api.config.publicUrl};`);
      expect(fs.readFileSync(path.join(webDir, 'ssl', `site-${siteId}-1.crt`), 'utf8')).toBe(`${cert.pem.trim()}\n`);
      expect(fs.statSync(path.join(webDir, 'ssl', `site-${siteId}-1.key`)).mode & 0o777).toBe(0o600);
    });

    it('the owner turns the redirect and HSTS on: saved, audited, and the server rewritten by a task', async () => {
      const before = await tasksOf('https-shop.com');
      const set = (await alice.ok(SET, { s: siteId, i: { redirect: true, hsts: true } })).setSiteHttps;
      expect(set).toMatchObject({ id: siteId, httpsRedirect: true, hsts: true });
      expect((await alice.ok(SITE, { id: domainId })).domain.site).toMatchObject({ httpsRedirect: true, hsts: true });
      expect(await tasksOf('https-shop.com')).toBe(before + 1);
      await eventually(async () => {
        const text = conf();
        expect(text).toContain('return 301 https://$host$request_uri;');
        expect(text).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
      });
      const trail = (await master.ok(`query { auditEvents(first: 20) { nodes { action detail } } }`)).auditEvents.nodes;
      expect(trail).toContainEqual({
        action: 'site.https',
        detail: expect.stringMatching(/https-shop\.com.*redirect to HTTPS on, HSTS on/),
      });

      // HSTS alone is allowed; the same values again change nothing and queue nothing.
      await alice.ok(SET, { s: siteId, i: { redirect: false, hsts: true } });
      await eventually(async () => expect(conf()).not.toContain('return 301'));
      const queued = await tasksOf('https-shop.com');
      await alice.ok(SET, { s: siteId, i: { redirect: false, hsts: true } });
      expect(await tasksOf('https-shop.com')).toBe(queued);
      // The company's admin may set them too.
      expect((await master.ok(SET, { s: siteId, i: { redirect: true, hsts: true } })).setSiteHttps.hsts).toBe(true);
    });

    it('another customer’s or another company’s site is NOT_FOUND, and bad input is refused, changing nothing', async () => {
      const off = { redirect: false, hsts: false };
      expect(codeOf(await bob.gql(SET, { s: siteId, i: off }))).toBe('NOT_FOUND');
      expect(codeOf(await other.gql(SET, { s: siteId, i: off }))).toBe('NOT_FOUND');
      expect(codeOf(await alice.gql(SET, { s: '999999', i: off }))).toBe('NOT_FOUND');
      const bad = await alice.gql(SET, { s: 'x1', i: off });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ field: 'siteId', message: expect.any(String) }]);
      expect((await alice.gql(SET, { s: siteId, i: { redirect: true } })).errors).toBeDefined();
      expect(codeOf(await api.client().gql(SET, { s: siteId, i: off }))).toBe('UNAUTHENTICATED');
      expect((await alice.ok(SITE, { id: domainId })).domain.site).toMatchObject({ httpsRedirect: true, hsts: true });
    });

    it('re-sync finds the server as the panel would write it, certificates included', async () => {
      const R = `mutation($id: ID!) { resyncLogicalServer(id: $id) { missing different unknown queued } }`;
      const serverId = webServerId;
      await eventually(async () =>
        expect((await master.ok(R, { id: serverId })).resyncLogicalServer).toMatchObject({ different: [], queued: 0 }),
      );
      fs.writeFileSync(path.join(webDir, 'ssl', `site-${siteId}-1.crt`), 'stale\n');
      expect((await master.ok(R, { id: serverId })).resyncLogicalServer.different).toEqual([
        expect.stringContaining(`site-${siteId}.conf`),
      ]);
      await eventually(async () =>
        expect(fs.readFileSync(path.join(webDir, 'ssl', `site-${siteId}-1.crt`), 'utf8')).toBe(`${cert.pem.trim()}\n`),
      );
    });
  },
  FAST_TASKS,
);
