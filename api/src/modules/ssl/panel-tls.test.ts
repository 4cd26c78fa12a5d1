import 'reflect-metadata'; // before @peculiar/x509 (tsyringe)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it, vi } from 'vitest';
import { describeApi } from '../../test/api';
import { cookieAttributes } from '../../test/client';
import {
  createReseller,
  PASSWORD,
  setupMaster,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { eventually } from '../../test/tasks';
import { httpsRequest, servedCertificate } from '../../test/tls';
import { sslModule } from '.';
import { makeCert, makeChain, type TestCert } from './testing';

const MASTER_HOST = 'panel.master.test';
const FIELDS = 'id kind state names fingerprint accountId siteId certificatePem';
const Q = {
  upload: `mutation($k: CertificateKind!, $i: CertificateUploadInput!) { uploadCompanyCertificate(kind: $k, input: $i) { ${FIELDS} } }`,
  list: `query { companyCertificates { ${FIELDS} } }`,
  get: `query($id: ID!) { certificate(id: $id) { id } }`,
  remove: `mutation($id: ID!) { deleteCertificate(id: $id) }`,
  setServiceDomain: `mutation($s: String!) { setServiceDomain(serviceDomain: $s) { serviceDomain } }`,
};

type Gql = { errors?: Array<{ extensions?: { code?: unknown; fields?: Array<{ field: string; message: string }> } }> };
const fieldsOf = (r: Gql) => r.errors?.[0]?.extensions?.fields ?? [];
const codeOf = (r: Gql) => r.errors?.[0]?.extensions?.code;
const fingerprint = (c: TestCert) => new crypto.X509Certificate(c.pem).fingerprint256;
const upload = (leaf: TestCert, chain?: TestCert) => ({
  certificate: leaf.pem,
  privateKey: leaf.keyPem,
  chain: chain?.pem ?? null,
});

/*
 * SSL-3..5: the panel serves HTTPS itself, each panel host with its company's PANEL certificate
 * (SNI), the master's for any other name, a self-signed one before any is installed; the
 * company's own certificates are installed by its admins, each only their own.
 */
describeApi(
  'the panel’s own HTTPS listener and the company’s certificates (SSL-3, SSL-4, SSL-5)',
  (api) => {
    let master: MasterClient;
    let reseller: ResellerAdminClient;
    let masterCa: string;
    let masterPanel: TestCert;

    beforeAll(async () => {
      master = await setupMaster(api);
      reseller = await createReseller(master, api);
    });

    it('before any panel certificate, every name gets a self-signed one, kept in DATA_DIR', async () => {
      expect(api.httpsPort).toBeGreaterThan(0);
      const file = path.join(api.config.dataDir, 'tls', 'self-signed.pem');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const kept = new crypto.X509Certificate(
        fs.readFileSync(file, 'utf8').match(/-----BEGIN CERTIFICATE-----[^]+/)![0],
      );
      for (const name of [MASTER_HOST, reseller.cpHost, undefined]) {
        const { cert } = await servedCertificate(api.httpsPort!, name);
        expect(cert.fingerprint256).toBe(kept.fingerprint256);
        expect(cert.issuer).toBe(cert.subject);
      }
      expect(kept.checkHost(MASTER_HOST)).toBe(MASTER_HOST); // PUBLIC_URL's host
      expect(kept.checkIP('127.0.0.1')).toBe('127.0.0.1'); // HOST
    });

    it('the master’s panel certificate is served on its host, verified, and for any other name', async () => {
      const { root, intermediate, leaf } = await makeChain([MASTER_HOST]);
      masterCa = root.pem;
      masterPanel = leaf;
      const cert = (await master.ok(Q.upload, { k: 'PANEL', i: upload(leaf, intermediate) })).uploadCompanyCertificate;
      expect(cert).toMatchObject({
        kind: 'PANEL',
        state: 'ACTIVE',
        names: [MASTER_HOST],
        fingerprint: fingerprint(leaf),
        accountId: null,
        siteId: null,
      });
      // Chain and name check out against the test CA: the intermediate is served with it.
      const served = await servedCertificate(api.httpsPort!, MASTER_HOST, masterCa);
      expect(served).toMatchObject({ authorized: true });
      expect(served.cert.fingerprint256).toBe(fingerprint(leaf));
      // A name no company's panel has, and a reseller's host without a certificate: the master's.
      expect((await servedCertificate(api.httpsPort!, 'unknown.example')).cert.fingerprint256).toBe(fingerprint(leaf));
      expect((await servedCertificate(api.httpsPort!, reseller.cpHost)).cert.fingerprint256).toBe(fingerprint(leaf));
      // No SNI (reached by IP address): the default context follows too.
      await eventually(
        'the no-SNI certificate to be the master’s',
        async () => (await servedCertificate(api.httpsPort!)).cert.fingerprint256 === fingerprint(leaf),
        5000,
      );
    });

    it('GraphQL works over HTTPS; a session begun there has a Secure cookie, one over HTTP does not', async () => {
      const body = JSON.stringify({
        query: `mutation($i: LoginInput!) { login(input: $i) { user { login } } }`,
        variables: { i: { login: master.login, password: PASSWORD } },
      });
      const headers = { 'content-type': 'application/json' };
      const res = await httpsRequest(api.httpsPort!, MASTER_HOST, masterCa, {
        method: 'POST',
        path: '/graphql',
        body,
        headers,
      });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text).data.login.user.login).toBe(master.login);
      const [line] = res.headers['set-cookie'] as string[];
      const cookie = cookieAttributes(line!);
      expect(cookie.attrs).toHaveProperty('secure');
      // The session it set works over HTTPS, with the same security headers as over HTTP.
      const viewer = await httpsRequest(api.httpsPort!, MASTER_HOST, masterCa, {
        method: 'POST',
        path: '/graphql',
        body: JSON.stringify({ query: '{ viewer { user { login } } }' }),
        headers: { ...headers, cookie: `${cookie.name}=${cookie.value}` },
      });
      expect(JSON.parse(viewer.text).data.viewer.user.login).toBe(master.login);
      expect(viewer.headers['x-frame-options']).toBe('DENY');
      // Plain HTTP (a developer's machine) keeps cookies without Secure.
      const plain = api.client();
      await plain.ok(`mutation($i: LoginInput!) { login(input: $i) { user { id } } }`, {
        i: { login: master.login, password: PASSWORD },
      });
      expect(cookieAttributes(plain.lastSetCookie[0]!).attrs).not.toHaveProperty('secure');
      // Nor does a caller who claims HTTPS when no proxy is trusted (TRUST_PROXY is off).
      const claims = api.client(undefined, { 'x-forwarded-proto': 'https' });
      await claims.ok(`mutation($i: LoginInput!) { login(input: $i) { user { id } } }`, {
        i: { login: master.login, password: PASSWORD },
      });
      expect(cookieAttributes(claims.lastSetCookie[0]!).attrs).not.toHaveProperty('secure');
    });

    it('a reseller’s panel host gets its own certificate; it cannot install one for another’s host', async () => {
      const before = (await reseller.ok(Q.list)).companyCertificates;
      expect(before).toEqual([]);
      // The master's host is not this reseller's: refused, naming what it must cover.
      const { intermediate: i1, leaf: foreign } = await makeChain([MASTER_HOST]);
      const refused = await reseller.gql(Q.upload, { k: 'PANEL', i: upload(foreign, i1) });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toEqual([
        { field: 'certificate', message: `does not cover ${reseller.cpHost} (it is for ${MASTER_HOST})` },
      ]);
      // Nor the mail service's (the master's only), nor a site's through this door.
      const leafOnly = await makeCert({ subject: 'mail.x.test', names: ['mail.x.test'] });
      expect(fieldsOf(await reseller.gql(Q.upload, { k: 'MAIL', i: upload(leafOnly) })).map((f) => f.field)).toEqual([
        'kind',
      ]);
      expect(fieldsOf(await master.gql(Q.upload, { k: 'SITE', i: upload(leafOnly) })).map((f) => f.field)).toEqual([
        'kind',
      ]);
      expect((await reseller.ok(Q.list)).companyCertificates).toEqual([]);

      const { root, intermediate, leaf } = await makeChain([reseller.cpHost]);
      const own = (await reseller.ok(Q.upload, { k: 'PANEL', i: upload(leaf, intermediate) })).uploadCompanyCertificate;
      const served = await servedCertificate(api.httpsPort!, reseller.cpHost, root.pem);
      expect(served.authorized).toBe(true);
      expect(served.cert.fingerprint256).toBe(fingerprint(leaf));
      // The master's host still gets the master's.
      expect((await servedCertificate(api.httpsPort!, MASTER_HOST)).cert.fingerprint256).toBe(fingerprint(masterPanel));

      // Each admin sees only their own company's; the reseller cannot reach the master's by ID.
      const masterOwn = (await master.ok(Q.list)).companyCertificates;
      expect(masterOwn.map((c: { kind: string }) => c.kind)).toEqual(['PANEL']);
      expect(masterOwn[0].fingerprint).toBe(fingerprint(masterPanel));
      expect((await reseller.ok(Q.list)).companyCertificates.map((c: { id: string }) => c.id)).toEqual([own.id]);
      expect(codeOf(await reseller.gql(Q.get, { id: masterOwn[0].id }))).toBe('NOT_FOUND');
      expect(codeOf(await reseller.gql(Q.remove, { id: masterOwn[0].id }))).toBe('NOT_FOUND');
      // Anonymous callers have no door here.
      expect(codeOf(await api.client().gql(Q.list))).toBe('UNAUTHENTICATED');
    });

    it('handshakes for a host share one lookup until its certificate is replaced, then the new one is served', async () => {
      const source = api.app.areas.get(sslModule).panelTls;
      const lookups = vi.spyOn(source, 'forHost');
      // Counted, not compared: a failed match would print the ORM the calls were given.
      const lookupsOf = (host: string) => lookups.mock.calls.filter(([, h]) => h === host).length;
      try {
        await servedCertificate(api.httpsPort!, MASTER_HOST);
        lookups.mockClear();
        for (let i = 0; i < 5; i++) await servedCertificate(api.httpsPort!, MASTER_HOST);
        expect(lookupsOf(MASTER_HOST)).toBe(0);

        const { intermediate, leaf } = await makeChain([MASTER_HOST]);
        const replaced = (await master.ok(Q.upload, { k: 'PANEL', i: upload(leaf, intermediate) }))
          .uploadCompanyCertificate;
        // Served at once: the cache was dropped, not left to expire.
        expect((await servedCertificate(api.httpsPort!, MASTER_HOST)).cert.fingerprint256).toBe(fingerprint(leaf));
        expect(lookupsOf(MASTER_HOST)).toBe(1);
        for (let i = 0; i < 5; i++) await servedCertificate(api.httpsPort!, MASTER_HOST);
        expect(lookupsOf(MASTER_HOST)).toBe(1);
        // One of each kind: the new one replaced the old.
        expect((await master.ok(Q.list)).companyCertificates.map((c: { id: string }) => c.id)).toEqual([replaced.id]);
        masterPanel = leaf;
      } finally {
        lookups.mockRestore();
      }
    });

    it('bad certificates are field errors and change nothing', async () => {
      const before = (await master.ok(Q.list)).companyCertificates;
      const { intermediate, leaf } = await makeChain([MASTER_HOST]);
      const stranger = await makeCert({ subject: MASTER_HOST, names: [MASTER_HOST] });
      const expired = await makeCert({ subject: MASTER_HOST, names: [MASTER_HOST], from: -60, to: -1 });
      const cases: Array<[Record<string, string | null>, string[]]> = [
        [{ certificate: leaf.pem, privateKey: stranger.keyPem, chain: intermediate.pem }, ['privateKey']],
        [{ certificate: expired.pem, privateKey: expired.keyPem }, ['certificate']],
        [{ certificate: 'garbage', privateKey: leaf.keyPem }, ['certificate']],
        [{ certificate: leaf.pem, privateKey: null }, ['privateKey']],
      ];
      for (const [i, fields] of cases) {
        const r = await master.gql(Q.upload, { k: 'PANEL', i });
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(r).map((f) => f.field)).toEqual(fields);
      }
      expect((await master.ok(Q.list)).companyCertificates).toEqual(before);
      expect((await servedCertificate(api.httpsPort!, MASTER_HOST)).cert.fingerprint256).toBe(fingerprint(masterPanel));
    });

    it('the wildcard covers the company’s own service domain; mail is the master’s, for any names', async () => {
      const wild = await makeCert({ subject: '*.svc-tls.test', names: ['*.svc-tls.test', 'svc-tls.test'] });
      // No service domain of its own yet.
      expect(fieldsOf(await reseller.gql(Q.upload, { k: 'WILDCARD', i: upload(wild) }))[0]?.field).toBe('kind');
      await reseller.ok(Q.setServiceDomain, { s: 'svc-tls.test' });
      const narrow = await makeCert({ subject: 'a.svc-tls.test', names: ['a.svc-tls.test'] });
      expect(fieldsOf(await reseller.gql(Q.upload, { k: 'WILDCARD', i: upload(narrow) }))).toEqual([
        { field: 'certificate', message: 'does not cover *.svc-tls.test (it is for a.svc-tls.test)' },
      ]);
      const installed = (await reseller.ok(Q.upload, { k: 'WILDCARD', i: upload(wild) })).uploadCompanyCertificate;
      expect(installed).toMatchObject({ kind: 'WILDCARD', names: ['*.svc-tls.test', 'svc-tls.test'] });

      const mail = await makeCert({ subject: 'mail.master.test', names: ['mail.master.test', 'smtp.master.test'] });
      const m = (await master.ok(Q.upload, { k: 'MAIL', i: upload(mail) })).uploadCompanyCertificate;
      expect(m).toMatchObject({ kind: 'MAIL', names: ['mail.master.test', 'smtp.master.test'] });
      expect((await master.ok(Q.list)).companyCertificates.map((c: { kind: string }) => c.kind)).toEqual([
        'MAIL',
        'PANEL',
      ]);
      expect((await reseller.ok(Q.list)).companyCertificates.map((c: { kind: string }) => c.kind)).toEqual([
        'PANEL',
        'WILDCARD',
      ]);
      // Neither is what the panel's listener serves: its host still gets the PANEL one.
      expect((await servedCertificate(api.httpsPort!, MASTER_HOST)).cert.fingerprint256).toBe(fingerprint(masterPanel));
    });
  },
  { HTTPS_PORT: '0', PUBLIC_URL: `https://${MASTER_HOST}` },
);
