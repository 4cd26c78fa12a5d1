import 'reflect-metadata'; // before @peculiar/x509 (tsyringe)
import crypto from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { beforeAll, expect, it } from 'vitest';
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
import { makeChain, makeCert } from './testing';

const FIELDS = `id kind source state names keyType issuer serial fingerprint notBefore notAfter certificatePem chainPem csrPem keyUploaded siteId`;
const Q = {
  upload: `mutation($s: ID!, $i: CertificateUploadInput!) { uploadSiteCertificate(siteId: $s, input: $i) { ${FIELDS} } }`,
  request: `mutation($s: ID!, $k: KeyType) { requestSiteCertificate(siteId: $s, keyType: $k) { ${FIELDS} } }`,
  get: `query($id: ID!) { certificate(id: $id) { ${FIELDS} } }`,
  list: `query { certificates(first: 50) { totalCount nodes { id names state } } }`,
  site: `query($id: ID!) { domain(id: $id) { site { id certificate { id state fingerprint } } } }`,
  pending: `query($id: ID!) { domain(id: $id) { site { certificateRequest { id state csrPem } } } }`,
  owners: `query { certificates(first: 5) { nodes { id accountId domainId } } }`,
  remove: `mutation($id: ID!) { deleteCertificate(id: $id) }`,
};

const fieldsOf = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; message: string }> } }> }) =>
  r.errors?.[0]?.extensions?.fields ?? [];
const codeOf = (r: { errors?: Array<{ extensions?: { code?: unknown } }> }) => r.errors?.[0]?.extensions?.code;

/*
 * SSL-1: a site's certificate uploaded (checked whole: key, chain, names, validity) or requested
 * with a signing request made in the panel; the key never leaves it. (Serving it comes next.)
 */
describeApi('sites’ certificates: upload and signing requests (SSL-1)', (api) => {
  let master: MasterClient;
  let alice: EndUserClient;
  let bob: EndUserClient;
  let other: ResellerAdminClient;
  let siteId: string;
  let domainId: string;
  const NAMES = ['certshop.com', 'www.certshop.com'];

  beforeAll(async () => {
    master = await setupMaster(api);
    await setupHosting(master, {
      dns: [{ nameServer: 'ns1.helio-test.com' }, { nameServer: 'ns2.helio-test.com' }],
      web: { address: '192.0.2.90' },
    });
    alice = await createEndUser(master, api);
    bob = await createEndUser(master, api);
    other = await createReseller(master, api);
    const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'certshop.com' } })).addDomain;
    domainId = d.id;
    const ready = await domainState(alice, d.id);
    siteId = ready.site.id;
    // Its instant-access address is under the service domain: the shared wildcard's, not this certificate's.
    expect([...ready.site.serverNames].sort()).toEqual([expect.stringMatching(/\.helio-test\.com$/), ...NAMES]);
  });

  it('a certificate with its key and chain is installed; the key is never answered', async () => {
    const { intermediate, leaf } = await makeChain(NAMES);
    const cert = (
      await alice.ok(Q.upload, {
        s: siteId,
        i: { certificate: leaf.pem, privateKey: leaf.keyPem, chain: intermediate.pem },
      })
    ).uploadSiteCertificate;
    expect(cert).toMatchObject({
      kind: 'SITE',
      source: 'UPLOADED',
      state: 'ACTIVE',
      names: NAMES,
      keyType: 'EC_P256',
      issuer: 'Test Intermediate CA',
      fingerprint: new crypto.X509Certificate(leaf.pem).fingerprint256,
      keyUploaded: true,
      siteId,
    });
    expect(cert.chainPem).toContain('BEGIN CERTIFICATE');
    expect((await alice.ok(Q.site, { id: domainId })).domain.site.certificate).toMatchObject({
      id: cert.id,
      state: 'ACTIVE',
    });
    // Nothing in the schema answers a key, and the stored one is sealed.
    const fields = (await master.ok(`{ __type(name: "Certificate") { fields { name } } }`)).__type.fields.map(
      (f: { name: string }) => f.name,
    );
    expect(fields.filter((f: string) => /key/i.test(f)).sort()).toEqual(['keyType', 'keyUploaded']);
    const [row] = await api.orm.em
      .fork()
      .getConnection()
      .execute(`select sealed_key from certificate where id = ?`, [cert.id]);
    expect(String(row.sealed_key)).not.toContain('PRIVATE KEY');
    expect(JSON.stringify(cert)).not.toContain('PRIVATE KEY');
  });

  it('bad certificates are field errors and change nothing', async () => {
    const before = (await alice.ok(Q.site, { id: domainId })).domain.site.certificate;
    const { intermediate, leaf } = await makeChain(NAMES);
    const stranger = await makeCert({ subject: 'x.example.com', names: ['x.example.com'] });
    const expired = await makeCert({ subject: NAMES[0]!, names: NAMES, from: -60, to: -1 });
    const cases: Array<[Record<string, string>, string[]]> = [
      [{ certificate: leaf.pem, privateKey: stranger.keyPem, chain: intermediate.pem }, ['privateKey']],
      [{ certificate: expired.pem, privateKey: expired.keyPem }, ['certificate']],
      [{ certificate: stranger.pem, privateKey: stranger.keyPem }, ['certificate']],
      [{ certificate: 'garbage', privateKey: leaf.keyPem }, ['certificate']],
      [{ certificate: leaf.pem, privateKey: leaf.keyPem, chain: stranger.pem }, ['chain']],
      [{ certificate: leaf.pem + 'x'.repeat(70_000), privateKey: leaf.keyPem }, ['certificate']],
    ];
    for (const [i, fields] of cases) {
      const r = await alice.gql(Q.upload, { s: siteId, i });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r).map((f) => f.field)).toEqual(fields);
    }
    expect(
      fieldsOf(
        await alice.gql(Q.upload, { s: siteId, i: { certificate: stranger.pem, privateKey: stranger.keyPem } }),
      )[0]?.message,
    ).toBe('does not cover certshop.com, www.certshop.com (it is for x.example.com)');
    expect((await alice.ok(Q.site, { id: domainId })).domain.site.certificate).toEqual(before);
  });

  it('a signing request made here: its key stays sealed; the signed certificate is uploaded without a key', async () => {
    const installed = (await alice.ok(Q.site, { id: domainId })).domain.site.certificate;
    const req = (await alice.ok(Q.request, { s: siteId, k: 'RSA_2048' })).requestSiteCertificate;
    expect(req).toMatchObject({ state: 'REQUESTED', keyType: 'RSA_2048', names: NAMES, certificatePem: null });
    // The installed certificate keeps serving meanwhile; the request is the site's pending one.
    expect((await alice.ok(Q.site, { id: domainId })).domain.site.certificate.id).toBe(installed.id);
    expect((await alice.ok(Q.pending, { id: domainId })).domain.site.certificateRequest).toEqual({
      id: req.id,
      state: 'REQUESTED',
      csrPem: req.csrPem,
    });

    // A certificate authority signs the request (here a test one, with @peculiar/x509).
    const csr = new x509.Pkcs10CertificateRequest(req.csrPem);
    expect(await csr.verify()).toBe(true);
    expect(csr.subject).toBe('CN=certshop.com');
    const san = csr.extensions.find(
      (e) => e instanceof x509.SubjectAlternativeNameExtension,
    ) as x509.SubjectAlternativeNameExtension;
    expect(san.names.items.map((n) => n.value)).toEqual(NAMES);
    const { intermediate } = await makeChain(['unused.example.com']);
    const signed = await x509.X509CertificateGenerator.create({
      serialNumber: '0a1b2c',
      subject: csr.subject,
      issuer: intermediate.cert.subject,
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 30 * 86_400_000),
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
      publicKey: csr.publicKey,
      signingKey: intermediate.keys.privateKey,
      extensions: [san],
    });
    const cert = (
      await alice.ok(Q.upload, { s: siteId, i: { certificate: signed.toString('pem'), chain: intermediate.pem } })
    ).uploadSiteCertificate;
    expect(cert).toMatchObject({
      state: 'ACTIVE',
      keyType: 'RSA_2048',
      keyUploaded: false,
      csrPem: null,
      serial: '0A1B2C',
    });
    // It replaced the one installed and the request it answered.
    expect((await alice.ok(Q.list)).certificates.nodes).toEqual([{ id: cert.id, names: NAMES, state: 'ACTIVE' }]);
    expect((await alice.ok(Q.pending, { id: domainId })).domain.site.certificateRequest).toBeNull();
    expect((await master.ok(Q.owners)).certificates.nodes).toEqual([
      { id: cert.id, accountId: alice.accountIds[0], domainId },
    ]);
    // Without a pending request, a certificate without its key is refused.
    expect(
      fieldsOf(await alice.gql(Q.upload, { s: siteId, i: { certificate: signed.toString('pem') } }))[0]?.field,
    ).toBe('privateKey');
  });

  it('other customers and other companies cannot see or touch it', async () => {
    const { leaf } = await makeChain(NAMES);
    const cert = (await alice.ok(Q.list)).certificates.nodes[0];
    expect(codeOf(await bob.gql(Q.get, { id: cert.id }))).toBe('NOT_FOUND');
    expect(codeOf(await bob.gql(Q.upload, { s: siteId, i: { certificate: leaf.pem, privateKey: leaf.keyPem } }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await bob.gql(Q.request, { s: siteId }))).toBe('NOT_FOUND');
    expect(codeOf(await bob.gql(Q.remove, { id: cert.id }))).toBe('NOT_FOUND');
    expect(codeOf(await other.gql(Q.get, { id: cert.id }))).toBe('NOT_FOUND');
    expect((await bob.ok(Q.list)).certificates.totalCount).toBe(0);
    expect((await other.ok(Q.list)).certificates.totalCount).toBe(0);
    // The company's admin sees it; its owner removes it.
    expect((await master.ok(Q.get, { id: cert.id })).certificate.id).toBe(cert.id);
    expect((await alice.ok(Q.remove, { id: cert.id })).deleteCertificate).toBe(true);
    expect((await alice.ok(Q.site, { id: domainId })).domain.site.certificate).toBeNull();
  });
});
