import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { setupMaster, type MasterClient } from '../test/factories';
import { customerOwing, PAY } from '../modules/payments/testing';

/** A stand-in for web/dist: the test must not depend on a panel build. */
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-csp-web-'));
fs.mkdirSync(path.join(webDist, 'assets'));
fs.writeFileSync(
  path.join(webDist, 'index.html'),
  '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
);
fs.writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log(1)');

/** The directives of a policy, by name. */
function directives(policy: string | undefined): Map<string, string[]> {
  expect(policy, 'no Content-Security-Policy header').toBeTruthy();
  return new Map(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const hashOf = (css: string) => `'sha256-${crypto.createHash('sha256').update(css, 'utf8').digest('base64')}'`;
const styleElements = (html: string) => [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!);

function expectStrictPanelPolicy(policy: string | undefined): Map<string, string[]> {
  const d = directives(policy);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('style-src')?.[0]).toBe("'self'");
  for (const source of d.get('style-src')!.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/); // hashes only, no 'unsafe-inline'
  expect(d.get('img-src')).toEqual(["'self'", 'data:']);
  expect(d.get('connect-src')).toEqual(["'self'"]);
  expect(d.get('font-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  expect(d.get('form-action')).toEqual(["'self'"]);
  return d;
}

describeApi(
  'Content-Security-Policy',
  (api) => {
    let master: MasterClient;
    beforeAll(async () => {
      master = await setupMaster(api);
    });

    it('the panel, a deep panel route, its assets and API answers carry the strict policy', async () => {
      const html = { accept: 'text/html' };
      for (const url of ['/', '/accounts/12/domains/3/records', '/assets/app.js']) {
        const res = await api.client().request('GET', url, undefined, html);
        expect(res.status, url).toBe(200);
        expectStrictPanelPolicy(res.headers['content-security-policy'] as string);
      }
      expectStrictPanelPolicy((await master.gql(`{ viewer { role } }`)).headers['content-security-policy'] as string);
    });

    it('the printable invoice styles only through a hash both its own policy and the panel’s allow (it is shown in a srcdoc frame)', async () => {
      const c = await customerOwing(api, master, '3.00');
      const { html } = (await c.client.ok(`query($id: ID!) { invoice(id: $id) { html } }`, { id: c.invoiceId }))
        .invoice as { html: string };
      const styles = styleElements(html);
      expect(styles).toHaveLength(1);
      expect(html).not.toMatch(/<script|\sstyle=/i);
      const own = directives(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]);
      expect(own.get('default-src')).toEqual(["'none'"]);
      expect(own.get('style-src')).toEqual([hashOf(styles[0]!)]);

      const panel = expectStrictPanelPolicy(
        (await api.client().request('GET', '/', undefined, { accept: 'text/html' })).headers[
          'content-security-policy'
        ] as string,
      );
      expect(panel.get('style-src')).toContain(hashOf(styles[0]!));
    });

    it('the sandbox checkout allows no script and only its own stylesheet, by hash; its form leads only here and back to the panel', async () => {
      const [sandbox] = (await master.ok(PAY.gateways)).paymentGateways;
      const c = await customerOwing(api, master, '4.00');
      const r = (await c.client.ok(PAY.redirect, { inv: c.invoiceId, g: sandbox.id })).startRedirectPayment;
      const url = new URL(r.url);
      for (const [target, status] of [
        [url.pathname + url.search, 200],
        [url.pathname + '?gateway=x', 400],
      ] as const) {
        const res = await api.client().request('GET', target);
        expect(res.status).toBe(status);
        const d = directives(res.headers['content-security-policy'] as string);
        const styles = styleElements(res.text);
        expect(styles).toHaveLength(1);
        expect(res.text).not.toMatch(/<script|\sstyle=/i); // style attributes would need 'unsafe-inline'
        expect(d.get('default-src')).toEqual(["'none'"]);
        expect(d.get('script-src')).toBeUndefined(); // falls back to default-src 'none'
        expect(d.get('style-src')).toEqual([hashOf(styles[0]!)]);
        expect(d.get('base-uri')).toEqual(["'none'"]);
        expect(d.get('frame-ancestors')).toEqual(["'none'"]);
        expect(d.get('form-action')?.[0]).toBe("'self'");
        expect(
          d
            .get('form-action')!
            .slice(1)
            .every((o) => o === `http://127.0.0.1:${api.port}`),
        ).toBe(true);
      }
    });
  },
  { WEB_DIST: webDist },
);
