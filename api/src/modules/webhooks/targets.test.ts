import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkSignedBody, signBody } from '../../http/signed-body';
import { sendDelivery } from './send';
import { refusedAddress, targetProblem } from './targets';

describe('webhook targets', () => {
  it('refuses the panel’s own networks unless allowed, and never-servers always', () => {
    const own = [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '172.16.5.4',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '::1',
      'fd12:3456::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:10.0.0.1',
      '64:ff9b::a9fe:a9fe', // NAT64 of 169.254.169.254
    ];
    for (const a of own) {
      expect(refusedAddress(a, false), a).toMatch(/private, loopback or link-local/);
      expect(refusedAddress(a, true), a).toBeNull();
    }
    for (const a of [
      '0.0.0.0',
      '0.1.2.3',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      'ff02::1',
      '192.0.2.10',
      '2001:db8::1',
    ]) {
      expect(refusedAddress(a, true), a).toMatch(/not an address a web server can have/);
    }
    for (const a of ['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111'])
      expect(refusedAddress(a, false), a).toBeNull();
  });

  it('checks a literal address in a URL, and a name by what it resolves to', async () => {
    expect(await targetProblem(new URL('http://[::ffff:127.0.0.1]:80/'), false)).toMatch(/127\.0\.0\.1/);
    expect(await targetProblem(new URL('http://localhost/'), false)).toMatch(/^localhost resolves to .*loopback/);
    expect(await targetProblem(new URL('http://localhost/'), true)).toBeNull();
    // A name that does not resolve (yet) is accepted when saved: it is checked again when sent.
    expect(await targetProblem(new URL('http://no-such-host.invalid/'), false)).toBeNull();
  });

  it('does not follow redirects, and reads only the start of a long answer', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/moved') res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
      else res.writeHead(200).end('x'.repeat(200_000));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const spec = { body: '{}', secret: 's', eventType: 't', eventId: 'e', allowPrivate: true, timeoutMs: 5000 };
    const moved = await sendDelivery({ ...spec, url: `${base}/moved` });
    expect(moved).toMatchObject({
      ok: false,
      statusCode: 302,
      error: expect.stringMatching(/redirects are not followed/),
    });
    const long = await sendDelivery({ ...spec, url: `${base}/long` });
    expect(long).toMatchObject({ ok: true, statusCode: 200 });
    expect(long.response).toHaveLength(500);
    server.close();
  });

  it('signs as the sandbox gateway does: t and v1 over "t.body", checked within the tolerance', () => {
    const now = Date.UTC(2030, 0, 1);
    const header = signBody('whsec_x', '{"a":1}', now);
    expect(header).toMatch(/^t=1893456000,v1=[0-9a-f]{64}$/);
    expect(checkSignedBody('whsec_x', '{"a":1}', header, 300, now + 299_000)).toBeNull();
    expect(checkSignedBody('whsec_x', '{"a":2}', header, 300, now)).toBe('mismatch');
    expect(checkSignedBody('whsec_y', '{"a":1}', header, 300, now)).toBe('mismatch');
    expect(checkSignedBody('whsec_x', '{"a":1}', header, 300, now + 301_000)).toBe('too old');
    expect(checkSignedBody('whsec_x', '{"a":1}', 'v1=abc', 300, now)).toBe('unsigned');
  });
});
