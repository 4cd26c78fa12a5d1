import 'reflect-metadata'; // before @peculiar/x509 (tsyringe)
import crypto from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { systemEm } from '../../db/scope';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { AuditEvent } from '../audit';
import { D, domainState, setupHosting } from '../domains/testing';
import { makeChain } from './testing';

const Q = {
  upload: `mutation($s: ID!, $i: CertificateUploadInput!) { uploadSiteCertificate(siteId: $s, input: $i) { id keyUploaded } }`,
  request: `mutation($s: ID!) { requestSiteCertificate(siteId: $s) { id keyUploaded } }`,
  key: `mutation($id: ID!, $p: String!) { certificatePrivateKey(id: $id, password: $p) }`,
  login: `mutation($i: LoginInput!) { login(input: $i) { role } }`,
};

type Answer = { errors?: Array<{ extensions?: { code?: unknown; fields?: Array<{ field: string }> } }> };
const codeOf = (r: Answer) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: Answer) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);

/*
 * SSL-1: the key of a certificate leaves the panel only when the customer uploaded it and asks
 * again with their password; the panel's own keys never do. Each download is audited.
 */
describeApi(
  'a customer downloads the key they uploaded, with their password',
  (api) => {
    let master: MasterClient;
    let alice: EndUserClient;
    let bob: EndUserClient;
    let uploadedId: string;
    let siteId: string;
    let keyPem: string;
    let certPem: string;

    const downloads = () => systemEm(api.orm, 'test').count(AuditEvent, { action: 'certificate.keyDownloaded' });

    beforeAll(async () => {
      master = await setupMaster(api);
      await setupHosting(master, {
        dns: [{ nameServer: 'ns1.helio-test.com' }, { nameServer: 'ns2.helio-test.com' }],
        web: { address: '192.0.2.91' },
      });
      alice = await createEndUser(master, api);
      bob = await createEndUser(master, api);
      const d = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'keyshop.com' } })).addDomain;
      siteId = (await domainState(alice, d.id)).site.id;
      const { intermediate, leaf } = await makeChain(['keyshop.com', 'www.keyshop.com']);
      [keyPem, certPem] = [leaf.keyPem, leaf.pem];
      const cert = (
        await alice.ok(Q.upload, {
          s: siteId,
          i: { certificate: leaf.pem, privateKey: leaf.keyPem, chain: intermediate.pem },
        })
      ).uploadSiteCertificate;
      expect(cert.keyUploaded).toBe(true);
      uploadedId = cert.id;
    });

    it('the right password answers the uploaded key, which matches the certificate; the download is audited', async () => {
      const pem = (await alice.ok(Q.key, { id: uploadedId, p: alice.password })).certificatePrivateKey as string;
      const key = crypto.createPrivateKey(pem);
      expect(new crypto.X509Certificate(certPem).checkPrivateKey(key)).toBe(true);
      expect(key.export({ type: 'pkcs8', format: 'pem' })).toBe(
        crypto.createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'pem' }),
      );
      const [event] = await systemEm(api.orm, 'test').find(
        AuditEvent,
        { action: 'certificate.keyDownloaded' },
        { populate: ['actor', 'account'] },
      );
      expect(event!.actor!.id).toBe(Number(alice.userId));
      expect(event!.account!.id).toBe(Number(alice.accountIds[0]));
      expect(event!.detail).toContain('keyshop.com');
      expect(event!.detail).not.toContain('PRIVATE KEY');
    });

    it('a wrong or empty password is a field error on password, answers nothing and is not audited', async () => {
      const before = await downloads();
      const wrong = await alice.gql(Q.key, { id: uploadedId, p: 'not-my-password' });
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(wrong)).toEqual(['password']);
      expect(wrong.data).toBeNull();
      const empty = await alice.gql(Q.key, { id: uploadedId, p: '' });
      expect(fieldsOf(empty)).toEqual(['password']);
      expect(await downloads()).toBe(before);
      // Neither the password tried nor the key is in the log.
      const text = api.logs.join('');
      expect(text).toContain('password confirmation failed');
      expect(text).not.toContain('not-my-password');
      expect(text).not.toContain(alice.password);
      expect(text).not.toContain('PRIVATE KEY');
    });

    it('a key the panel made (a signing request) never leaves it, even with the password', async () => {
      const requested = (await alice.ok(Q.request, { s: siteId })).requestSiteCertificate;
      expect(requested.keyUploaded).toBe(false);
      const r = await alice.gql(Q.key, { id: requested.id, p: alice.password });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toContain('PRIVATE KEY');
    });

    it('another customer gets NOT_FOUND, and the company’s admin FORBIDDEN, with their own passwords', async () => {
      const before = await downloads();
      expect(codeOf(await bob.gql(Q.key, { id: uploadedId, p: bob.password }))).toBe('NOT_FOUND');
      expect(codeOf(await bob.gql(Q.key, { id: '999999', p: bob.password }))).toBe('NOT_FOUND');
      expect(codeOf(await master.gql(Q.key, { id: uploadedId, p: master.password }))).toBe('FORBIDDEN');
      expect(await downloads()).toBe(before);
    });

    it('wrong passwords count toward the sign-in throttle of the login', async () => {
      const carol = await createEndUser(master, api);
      const d = (await carol.ok(D.add, { i: { kind: 'OWN', name: 'carolkeys.com' } })).addDomain;
      const site = (await domainState(carol, d.id)).site.id;
      const { intermediate, leaf } = await makeChain(['carolkeys.com', 'www.carolkeys.com']);
      const id = (
        await carol.ok(Q.upload, {
          s: site,
          i: { certificate: leaf.pem, privateKey: leaf.keyPem, chain: intermediate.pem },
        })
      ).uploadSiteCertificate.id;
      for (let i = 0; i < 5; i++)
        expect(codeOf(await carol.gql(Q.key, { id, p: `guess-${i}` }))).toBe('BAD_USER_INPUT');
      // Spent: the right password is refused here for now, and so is signing in as carol from this address.
      expect(codeOf(await carol.gql(Q.key, { id, p: carol.password }))).toBe('TOO_MANY_REQUESTS');
      const signIn = await api
        .client(master.host)
        .gql(Q.login, { i: { login: carol.login, password: carol.password } });
      expect(codeOf(signIn)).toBe('TOO_MANY_REQUESTS');
    });
  },
  { LOG_LEVEL: 'info' },
);
