import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toolPath } from '../../test/named';
import { requireTool } from '../../test/tools';
import { ZoneCheckError } from './check';
import { FilesDnsDriver } from './files';
import { CommandError, runCommand } from './run';
import { checkZoneText } from './zone-check';

const HEAD = '$ORIGIN example.com.\n$TTL 3600\n';
const SOA = '@ 3600 IN SOA ns1.example.com. hostmaster.example.com. 1 10800 3600 1209600 3600\n';
const NS = '@ IN NS ns1.example.com.\nns1 IN A 192.0.2.1\n';

/** Zones BIND loads or refuses; `refused` is what the real named-checkzone (BIND 9.18) says, checked below. */
const CASES: { name: string; text: string; refused: boolean }[] = [
  { name: 'a sound zone', text: HEAD + SOA + NS + 'www IN A 192.0.2.2\n@ IN MX 10 www\n', refused: false },
  {
    name: 'the service zone before the fix: NS ns1/ns2 with no address',
    text: HEAD + SOA + '@ IN NS ns1.example.com.\n@ IN NS ns2.example.com.\n',
    refused: true,
  },
  {
    name: 'one of two name servers without an address',
    text: HEAD + SOA + NS + '@ IN NS ns2.example.com.\n',
    refused: true,
  },
  {
    name: 'a name server whose name holds only TXT',
    text: HEAD + SOA + NS + '@ IN NS ns2.example.com.\nns2 IN TXT "no address"\n',
    refused: true,
  },
  {
    name: 'a name server that is a CNAME',
    text: HEAD + SOA + NS + '@ IN NS al.example.com.\nal IN CNAME ns1.example.com.\n',
    refused: true,
  },
  {
    name: 'a name server with only an AAAA record',
    text: HEAD + SOA + '@ IN NS ns1.example.com.\nns1 IN AAAA 2001:db8::1\n',
    refused: false,
  },
  {
    name: 'a name server answered by a wildcard',
    text: HEAD + SOA + '@ IN NS ns1.wild.example.com.\n*.wild IN A 192.0.2.1\n',
    refused: false,
  },
  {
    name: 'a name server at an empty non-terminal',
    text: HEAD + SOA + NS + '@ IN NS ns2.example.com.\na.ns2 IN A 192.0.2.9\n',
    refused: true,
  },
  {
    name: 'a name server outside the zone',
    text: HEAD + SOA + NS + '@ IN NS ns2.other-provider.net.\n',
    refused: false,
  },
  { name: 'no SOA', text: HEAD + NS, refused: true },
  {
    name: 'two different SOAs',
    text: HEAD + SOA + '@ IN SOA ns2.example.com. h.example.com. 2 1 1 1 1\n' + NS,
    refused: true,
  },
  { name: 'no NS at the apex', text: HEAD + SOA + 'ns1 IN A 192.0.2.1\n', refused: true },
  {
    name: 'a CNAME beside other data',
    text: HEAD + SOA + NS + 'www IN CNAME x.example.net.\nwww IN TXT "x"\n',
    refused: true,
  },
  {
    name: 'two CNAMEs at one name',
    text: HEAD + SOA + NS + 'www IN CNAME a.example.net.\nwww IN CNAME b.example.net.\n',
    refused: true,
  },
  // named-checkzone only warns about these (check-mx/check-srv-cname "warn", integrity checks on MX/SRV are warnings):
  {
    name: 'an MX target in the zone without an address',
    text: HEAD + SOA + NS + '@ IN MX 10 mail.example.com.\n',
    refused: false,
  },
  {
    name: 'an SRV target in the zone without an address',
    text: HEAD + SOA + NS + '_sip._tcp IN SRV 1 1 5060 sip.example.com.\n',
    refused: false,
  },
  {
    name: 'an MX target that is a CNAME',
    text: HEAD + SOA + NS + 'al IN CNAME ns1.example.com.\n@ IN MX 10 al.example.com.\n',
    refused: false,
  },
  { name: 'a delegation without glue', text: HEAD + SOA + NS + 'sub IN NS ns.sub.example.com.\n', refused: false },
  {
    name: 'an apex name server below a delegation',
    text: HEAD + SOA + '@ IN NS ns1.sub.example.com.\nsub IN NS ns9.other.net.\n',
    refused: false,
  },
  { name: 'data outside the zone', text: HEAD + SOA + NS + 'www.example.net. IN A 192.0.2.1\n', refused: false },
  { name: 'a bad IPv4 address', text: HEAD + SOA + NS + 'www IN A 192.0.2.300\n', refused: true },
];

describe('checkZoneText refuses exactly the zones the real named-checkzone refuses', async () => {
  const checkzone = toolPath('named-checkzone');
  const status = await requireTool('named-checkzone', () => runCommand(checkzone, ['-v'], 10_000));
  if (!status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-zone-check-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function bindRefuses(text: string): Promise<{ refused: boolean; output: string }> {
    const file = path.join(dir, `z${Math.random().toString(36).slice(2)}.zone`);
    fs.writeFileSync(file, text);
    try {
      const { stdout } = await runCommand(checkzone, ['example.com', file], 10_000);
      return { refused: false, output: stdout };
    } catch (err) {
      if (!(err instanceof CommandError) || err.exitCode === null) throw err;
      return { refused: true, output: `${err.stdout}\n${err.stderr}` };
    }
  }

  it.each(CASES)('$name', async ({ text, refused }) => {
    const bind = await bindRefuses(text);
    const ours = checkZoneText('example.com', text);
    expect(bind.refused, `named-checkzone: ${bind.output}`).toBe(refused);
    expect(ours.errors.length > 0, `checkZoneText: ${ours.errors.join('; ')}`).toBe(refused);
  });

  it('names what is wrong the way BIND does', () => {
    expect(checkZoneText('example.com', CASES[1]!.text).errors).toEqual([
      "NS 'ns1.example.com' has no address records (A or AAAA)",
      "NS 'ns2.example.com' has no address records (A or AAAA)",
    ]);
    expect(checkZoneText('example.com', CASES[14]!.text).warnings).toEqual([
      "example.com/MX 'mail.example.com' has no address records (A or AAAA)",
    ]);
  });
});

describe('FILES driver: a zone BIND would refuse is refused, and nothing is written', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-dns-files-check-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('fails the change naming the zone and the missing address; the good zone of the same change is not written either', async () => {
    const driver = new FilesDnsDriver(path.join(root, 'server'));
    const good = HEAD + SOA + NS;
    const bad = CASES[1]!.text;
    const change = {
      zones: [
        { name: 'example.com', role: 'primary' as const, peers: [] },
        { name: 'example.org', role: 'primary' as const, peers: [] },
      ],
      write: [
        { name: 'example.org', text: good.replace(/example\.com/g, 'example.org') },
        { name: 'example.com', text: bad },
      ],
    };
    const err = await driver.apply(change).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZoneCheckError);
    expect((err as ZoneCheckError).zones).toEqual(['example.com']);
    expect((err as Error).message).toContain(
      "zone example.com: NS 'ns1.example.com' has no address records (A or AAAA)",
    );
    expect(fs.existsSync(path.join(driver.dir, 'primary', 'example.org.zone'))).toBe(false);
    expect(fs.existsSync(path.join(driver.dir, 'zones.conf'))).toBe(false);

    await driver.apply({ ...change, write: [change.write[0]!, { name: 'example.com', text: good }] });
    expect(fs.readFileSync(path.join(driver.dir, 'primary', 'example.com.zone'), 'utf8')).toBe(good);
  });
});
