import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { createEndUser, setupMaster, type EndUserClient } from '../test/factories';
import { D, domainState, setupHosting } from '../modules/domains/testing';
import { FAST_TASKS } from '../modules/mysql/testing';
import { createToken } from '../modules/tokens/testing';
import { HelioClient, run } from './dns-client';

/** The README's script as built, run as an operator would (`npm test -w api` builds dist/ first). */
const BUILT = path.resolve(__dirname, '..', '..', 'dist', 'examples', 'dns-client.js');

describeApi(
  'the README’s typed client example against a real server',
  (api) => {
    let owner: EndUserClient;
    let domainId: string;
    let secret: string;

    beforeAll(async () => {
      const master = await setupMaster(api);
      await setupHosting(master, {
        dns: [{ nameServer: 'ns1.example-host.com' }, { nameServer: 'ns2.example-host.com' }],
        web: { address: '192.0.2.80' },
        serviceDomain: 'example-host.com',
      });
      owner = await createEndUser(master, api);
      domainId = (await owner.ok(D.add, { i: { kind: 'OWN', name: 'scripted-shop.com' } })).addDomain.id;
      await domainState(owner, domainId);
      secret = (
        await createToken(owner, { name: 'README example', scopes: [{ group: 'DOMAINS', access: 'READ_WRITE' }] })
      ).secret;
    });

    const recordsOf = async () =>
      (await owner.ok(D.domain, { id: domainId })).domain.records.map(
        (r: { name: string; type: string; value: string }) => `${r.name} ${r.type} ${r.value}`,
      );

    it('its function lists the owner’s domains and adds the record, which the owner then sees', async () => {
      const client = new HelioClient(`http://127.0.0.1:${api.port}`, secret);
      expect((await client.domains()).map((d) => d.name)).toEqual(['scripted-shop.com']);
      const added = await run(client, 'scripted-shop.com', { name: 'www2', type: 'A', value: '192.0.2.10' });
      expect(added).toMatchObject({ fqdn: 'www2.scripted-shop.com', type: 'A', value: '192.0.2.10' });
      expect(await recordsOf()).toContain('www2 A 192.0.2.10');
      await expect(run(client, 'not-mine.com', { name: 'x', type: 'A', value: '192.0.2.1' })).rejects.toThrow(
        'not-mine.com is not one of your domains',
      );
      await expect(
        new HelioClient(`http://127.0.0.1:${api.port}`, `${secret.slice(0, -4)}AAAA`).domains(),
      ).rejects.toThrow('UNAUTHENTICATED: The API token is not valid');
    });

    it.skipIf(!fs.existsSync(BUILT))(
      'the built script, run with the token in its environment, does the same',
      async () => {
        const { stdout } = await promisify(execFile)(
          process.execPath,
          [BUILT, 'scripted-shop.com', 'notes', 'TXT', 'scripted'],
          { env: { ...process.env, HELIO_URL: `http://127.0.0.1:${api.port}`, HELIO_TOKEN: secret } },
        );
        expect(stdout).toMatch(/\tscripted-shop\.com\tACTIVE\n/);
        expect(stdout).toContain('added notes.scripted-shop.com TXT');
        expect(await recordsOf()).toContain('notes TXT scripted');
      },
    );
  },
  { ...FAST_TASKS },
);
