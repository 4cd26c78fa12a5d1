import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
} from '../../test/factories';
import { sql } from '../billing/testing';
import { sniffContentType } from './attachments';
import { openTicket, T } from './testing';

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const codeOf = (e: { extensions?: { code?: unknown } }) => e.extensions?.code;
const fieldsOf = (e: { extensions?: { fields?: { field: string; message: string }[] } }) => e.extensions?.fields ?? [];

describe('attachment sniffing', () => {
  it('knows the allowed kinds by their bytes, whatever the name, and refuses markup and programs', () => {
    expect(sniffContentType(PNG)).toBe('image/png');
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from('GIF89a\x01\x00'))).toBe('image/gif');
    expect(sniffContentType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(sniffContentType(PDF)).toBe('application/pdf');
    expect(sniffContentType(Buffer.from('PK\x03\x04rest'))).toBe('application/zip');
    expect(sniffContentType(Buffer.from('Grüße, the log says: error 502\n'))).toBe('text/plain');
    for (const bad of [
      '<!DOCTYPE html><html><body>hi</body></html>',
      '  <html><script>alert(1)</script>',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      '<svg onload="alert(1)"></svg>',
      'text then <script>alert(1)</script>',
      '#!/bin/sh\nrm -rf /\n',
    ])
      expect(sniffContentType(Buffer.from(bad)), bad).toBeNull();
    expect(sniffContentType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff'))).toBeNull();
    expect(sniffContentType(Buffer.from('\x7fELF\x02\x01\x01\x00'))).toBeNull();
    expect(sniffContentType(Buffer.from([0x00, 0x01, 0x02, 0x03]))).toBeNull();
  });
});

describeApi(
  'support tickets: attachments',
  (api) => {
    let master: MasterClient;
    let alice: EndUserClient;
    let bob: EndUserClient;
    let ticketId: string;

    beforeAll(async () => {
      master = await setupMaster(api);
      alice = await createEndUser(master, api);
      bob = await createEndUser(master, api);
    });

    it('stored under the data folder by a random name, sniffed, downloaded by who may read the ticket', async () => {
      const t = await openTicket(alice, {
        attachments: [
          { fileName: '../../etc/screenshot.png', data: b64(PNG) },
          { fileName: 'invoice.txt', data: b64(PDF) }, // a PDF, whatever its name says
        ],
      });
      ticketId = t.id;
      const [first] = (await alice.ok(T.get, { id: t.id })).ticket.messages;
      expect(first.attachments).toEqual([
        { id: expect.any(String), fileName: 'screenshot.png', contentType: 'image/png', size: PNG.length },
        { id: expect.any(String), fileName: 'invoice.txt', contentType: 'application/pdf', size: PDF.length },
      ]);
      const rows = await sql<{ stored_name: string }>(api.orm, 'select stored_name from ticket_attachment order by id');
      for (const r of rows) {
        expect(r.stored_name).toMatch(/^[0-9a-f]{32}$/);
        expect(fs.existsSync(path.join(api.config.dataDir, 'support', 'attachments', r.stored_name))).toBe(true);
      }
      const got = (await master.ok(T.download, { id: first.attachments[0].id })).ticketAttachment;
      expect(got).toEqual({ fileName: 'screenshot.png', contentType: 'image/png', data: b64(PNG) });
      expect((await alice.ok(T.download, { id: first.attachments[1].id })).ticketAttachment.data).toBe(b64(PDF));
      expect(codeOf(await bob.fails(T.download, { id: first.attachments[0].id }))).toBe('NOT_FOUND');
      const reseller = await createReseller(master, api);
      expect(codeOf(await reseller.fails(T.download, { id: first.attachments[0].id }))).toBe('NOT_FOUND');
    });

    it('a staff note’s files are the staff’s only', async () => {
      const note = (
        await master.ok(T.reply, {
          id: ticketId,
          i: { body: 'log from the server', internal: true, attachments: [{ fileName: 'log.txt', data: b64('x') }] },
        })
      ).replyToTicket;
      const id = note.attachments[0].id;
      expect((await master.ok(T.download, { id })).ticketAttachment.fileName).toBe('log.txt');
      expect(codeOf(await alice.fails(T.download, { id }))).toBe('NOT_FOUND');
    });

    it('limits and refused kinds are field errors, and nothing is stored', async () => {
      const [{ n: before }] = await sql<{ n: number }>(api.orm, 'select count(*) as n from ticket_message');
      const files = fs.readdirSync(path.join(api.config.dataDir, 'support', 'attachments')).length;
      const tooMany = Array.from({ length: 3 }, (_, i) => ({ fileName: `f${i}.txt`, data: b64('hello') }));
      let e = await alice.fails(T.reply, { id: ticketId, i: { body: 'x', attachments: tooMany } });
      expect([codeOf(e), fieldsOf(e)]).toEqual([
        'BAD_USER_INPUT',
        [{ field: 'attachments', message: 'at most 2 files per message' }],
      ]);
      e = await alice.fails(T.reply, {
        id: ticketId,
        i: { body: 'x', attachments: [{ fileName: 'big.txt', data: b64('a'.repeat(2049)) }] },
      });
      expect(fieldsOf(e)).toEqual([{ field: 'attachments.0.data', message: expect.stringMatching(/at most 2 KB/) }]);
      for (const bad of ['<html><script>alert(1)</script></html>', '<svg xmlns="http://www.w3.org/2000/svg"/>']) {
        e = await alice.fails(T.reply, {
          id: ticketId,
          i: {
            body: 'x',
            attachments: [
              { fileName: 'ok.png', data: b64('fine.txt') },
              { fileName: 'a.txt', data: b64(bad) },
            ],
          },
        });
        expect(fieldsOf(e).map((f) => f.field)).toEqual(['attachments.1.data']);
      }
      e = await alice.fails(T.reply, {
        id: ticketId,
        i: { body: 'x', attachments: [{ fileName: 'a.bin', data: 'not base64!' }] },
      });
      expect(fieldsOf(e).map((f) => f.field)).toEqual(['attachments.0.data']);
      const [{ n: after }] = await sql<{ n: number }>(api.orm, 'select count(*) as n from ticket_message');
      expect(Number(after)).toBe(Number(before));
      expect(fs.readdirSync(path.join(api.config.dataDir, 'support', 'attachments'))).toHaveLength(files);
    });
  },
  { SUPPORT_ATTACHMENT_MAX_FILES: '2', SUPPORT_ATTACHMENT_MAX_MB: String(2 / 1024) },
);
