import crypto from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { nginxStatus, startNginx, type NginxInstance } from '../../test/nginx';
import { D, domainState, setupHosting } from '../domains/testing';
import { eventually, FAST_TASKS } from '../mysql/testing';
import { LogicalServer } from '../servers';
import { makeChain } from '../ssl/testing';
import { webModule, type TlsProvider } from '.';

const SET = `mutation($s: ID!, $i: SiteHttpsInput!) { setSiteHttps(siteId: $s, input: $i) { id httpsRedirect hsts } }`;

/*
 * The whole path on a real nginx: a certificate supplied to the web area (as the ssl area does),
 * the owner's redirect switch through GraphQL, the task, the driver, then HTTPS and HTTP as a
 * browser asks; ACME challenges reach the address WEB_ACME_CHALLENGE_URL names.
 */
describe('sites over HTTPS on a real nginx', async () => {
  const status = await nginxStatus();
  if (!status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }
  // The panel's stand-in for ACME challenges: answers with what it was asked.
  const asked: { url: string; host: string }[] = [];
  const panel = http.createServer((req, res) => {
    asked.push({ url: req.url ?? '', host: req.headers.host ?? '' });
    res.end(`challenge answer for ${req.url}`);
  });
  await new Promise<void>((resolve) => panel.listen(0, '127.0.0.1', resolve));
  const panelPort = (panel.address() as net.AddressInfo).port;
  afterAll(() => new Promise((resolve) => panel.close(resolve)));

  describeApi(
    'a site’s certificate served, HTTP redirected',
    (api) => {
      let web: NginxInstance;
      let master: MasterClient;
      let alice: EndUserClient;
      let chain: Awaited<ReturnType<typeof makeChain>>;
      let previous: TlsProvider | null;

      beforeAll(async () => {
        web = await startNginx();
        master = await setupMaster(api);
        const hosting = await setupHosting(master, {
          dns: [{ nameServer: 'ns1.helio-test.com' }, { nameServer: 'ns2.helio-test.com' }],
          web: {
            host: '127.0.0.1',
            port: web.port,
            configDir: web.configDir,
            webRoot: web.webRoot,
            controlCommand: web.controlCommand,
            address: '127.0.0.1',
          },
        });
        // The TLS port is a driver setting the servers API does not take yet.
        const em = api.orm.em.fork();
        const server = await em.findOneOrFail(LogicalServer, { id: Number(hosting.web.id) }, { filters: false });
        server.settings = { ...server.settings, tlsPort: web.tlsPort };
        await em.flush();
        alice = await createEndUser(master, api);
        chain = await makeChain(['tls-nginx.com', 'www.tls-nginx.com']);
        previous = api.app.areas.get(webModule).sites.tlsWith(async (_em, site) => {
          const names = site.serverNames.filter((n) => n.endsWith('tls-nginx.com'));
          const certificate = `${chain.leaf.pem}\n${chain.intermediate.pem}`;
          return names.length ? [{ names, certificate, key: chain.leaf.keyPem }] : [];
        });
      }, 60_000);
      afterAll(async () => {
        api.app?.areas.get(webModule).sites.tlsWith(previous);
        await web?.stop();
      });

      it('serves the certificate by SNI, then redirects plain HTTP once the owner asks; challenges are never redirected', async () => {
        const added = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'tls-nginx.com' } })).addDomain;
        const ready = await domainState(alice, added.id);
        const page = await web.getTls('www.tls-nginx.com', '/', chain.root.pem);
        expect(page.status).toBe(200);
        expect(page.fingerprint256).toBe(new crypto.X509Certificate(chain.leaf.pem).fingerprint256);
        expect(page.body).toContain('<title>tls-nginx.com</title>');
        expect((await web.get('tls-nginx.com')).status).toBe(200);

        await alice.ok(SET, { s: ready.site.id, i: { redirect: true, hsts: true } });
        await eventually(async () => {
          const moved = await web.get('www.tls-nginx.com', '/cart?x=1');
          expect(moved.status).toBe(301);
          expect(moved.headers.location).toBe(`https://www.tls-nginx.com:${web.tlsPort}/cart?x=1`);
        }, 15_000);
        // The same rewrite brings HSTS on the TLS side; waited for like the redirect (nginx applies it in a moment).
        await eventually(async () => {
          const secure = await web.getTls('tls-nginx.com', '/', chain.root.pem);
          expect(secure.headers['strict-transport-security']).toBe('max-age=31536000');
        }, 15_000);
        // The instant-access name has no certificate here: it stays on plain HTTP.
        expect((await web.get(ready.instantAlias)).status).toBe(200);

        const challenge = await web.get('tls-nginx.com', '/.well-known/acme-challenge/tok-1');
        expect(challenge).toMatchObject({
          status: 200,
          body: 'challenge answer for /.well-known/acme-challenge/tok-1',
        });
        expect(asked).toContainEqual({ url: '/.well-known/acme-challenge/tok-1', host: 'tls-nginx.com' });
      });
    },
    { ...FAST_TASKS, WEB_ACME_CHALLENGE_URL: `http://127.0.0.1:${panelPort}` },
  );
});
