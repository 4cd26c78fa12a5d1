import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { FakeS3, S3_KEYS } from '../../test/fakes/s3';
import { sql } from '../billing/testing';
import { s3Store } from './attachment-store';
import { supportSettings } from './settings';
import { openTicket, T } from './testing';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/*
 * Attachments in an S3-compatible bucket (SUPPORT_S3_URL) instead of the data folder: a fake S3 on
 * loopback that checks every request's Signature Version 4 itself (test/fakes/s3.ts).
 */
describe('support attachments in an S3-compatible bucket', async () => {
  const s3 = await new FakeS3('tickets', 'eu-test-1').start();
  afterAll(() => s3.stop());

  describeApi(
    'support tickets: attachments in S3',
    (api) => {
      let master: MasterClient;
      let alice: EndUserClient;

      beforeAll(async () => {
        master = await setupMaster(api);
        alice = await createEndUser(master, api);
      });

      it('are put in the bucket (signed), never on the panel’s disk, and read back from it', async () => {
        const t = await openTicket(alice, { attachments: [{ fileName: 'shot.png', data: PNG.toString('base64') }] });
        const [{ stored_name: name }] = await sql<{ stored_name: string }>(
          api.orm,
          'select stored_name from ticket_attachment',
        );
        expect(s3.objects.get(name!)).toEqual(PNG);
        expect(s3.requests.at(-1)).toEqual({ method: 'PUT', path: `/tickets/${name}`, signed: true });
        expect(fs.existsSync(path.join(api.config.dataDir, 'support', 'attachments'))).toBe(false);
        const [first] = (await master.ok(T.get, { id: t.id })).ticket.messages;
        const got = (await master.ok(T.download, { id: first.attachments[0].id })).ticketAttachment;
        expect(got).toEqual({ fileName: 'shot.png', contentType: 'image/png', data: PNG.toString('base64') });
        expect(s3.requests.at(-1)).toMatchObject({ method: 'GET', signed: true });
      });
    },
    {
      SUPPORT_S3_URL: s3.url,
      SUPPORT_S3_REGION: 'eu-test-1',
      SUPPORT_S3_ACCESS_KEY_ID: S3_KEYS.accessKeyId,
      SUPPORT_S3_SECRET_ACCESS_KEY: S3_KEYS.secretAccessKey,
    },
  );

  it('a bucket that refuses (a wrong secret, a missing object) is an error naming S3’s code, never the keys', async () => {
    const wrong = s3Store({
      url: s3.url,
      region: 'eu-test-1',
      accessKeyId: S3_KEYS.accessKeyId,
      secretAccessKey: 'nope',
    });
    const refused = await wrong.put('0'.repeat(32), Buffer.from('x')).catch((e: Error) => e.message);
    expect(refused).toBe('S3 PUT of an attachment answered 403 (SignatureDoesNotMatch)');
    expect(s3.objects.has('0'.repeat(32))).toBe(false);
    const right = s3Store({ url: s3.url, region: 'eu-test-1', ...S3_KEYS });
    const missing = await right.get('f'.repeat(32)).catch((e: Error) => e.message);
    expect(missing).toBe('S3 GET of an attachment answered 404 (NoSuchKey)');
  });

  it('SUPPORT_S3_URL needs its keys and a bucket in its path', () => {
    const problems = (env: Record<string, string>) =>
      supportSettings.problems(loadConfig({ NODE_ENV: 'test', ...env }));
    expect(problems({ SUPPORT_S3_URL: s3.url }).join()).toMatch(/SUPPORT_S3_ACCESS_KEY_ID/);
    expect(problems({ SUPPORT_S3_URL: 'https://s3.example.com', ...keys() }).join()).toMatch(/host\/bucket/);
    expect(problems({ SUPPORT_S3_URL: s3.url, ...keys() })).toEqual([]);
  });
});

const keys = () => ({
  SUPPORT_S3_ACCESS_KEY_ID: S3_KEYS.accessKeyId,
  SUPPORT_S3_SECRET_ACCESS_KEY: S3_KEYS.secretAccessKey,
});
