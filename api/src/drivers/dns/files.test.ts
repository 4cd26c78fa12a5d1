import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { DriverName, ServerKind } from '../../modules/servers/enums';
import type { LogicalServer } from '../../modules/servers/logical-server.entity';
import { BindDriver } from './bind';
import { FilesDnsDriver } from './files';
import { dnsDriverFor, dnsPeerOf } from './index';
import { UnsafeZoneInputError } from './names';

const text = (name: string, serial = 1) =>
  `$TTL 60\n@ IN SOA ns1.${name}. hostmaster.${name}. ${serial} 3600 600 86400 60\n@ IN NS ns1.${name}.\nns1 IN A 192.0.2.53\n`;

describe('files DNS driver', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-dns-files-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const fresh = () => new FilesDnsDriver(path.join(root, `server${++n}`));
  const read = (d: FilesDnsDriver, ...p: string[]) => fs.readFileSync(path.join(d.dir, ...p), 'utf8');

  it('writes the zone files and the zones.conf BIND would load', async () => {
    const d = fresh();
    await d.apply({
      zones: [
        {
          name: 'b.example',
          role: 'primary',
          peers: [
            { host: '192.0.2.2', port: 53 },
            { host: '192.0.2.3', port: 5353 },
            { host: '192.0.2.3', port: 53 },
          ],
        },
        { name: 'a.example', role: 'primary', peers: [] },
        { name: 'c.example', role: 'secondary', peers: [{ host: '2001:db8::1', port: 53 }] },
      ],
      write: [
        { name: 'a.example', text: text('a.example') },
        { name: 'b.example', text: text('b.example') },
      ],
    });
    expect(read(d, 'primary', 'a.example.zone')).toBe(text('a.example'));
    expect(read(d, 'primary', 'b.example.zone')).toBe(text('b.example'));
    expect(read(d, 'zones.conf').split('\n')).toEqual([
      '# Written by Heliosphere: the zones this server serves. Include it from named.conf; the panel rewrites it.',
      `zone "a.example" { type primary; file "${d.dir}/primary/a.example.zone"; allow-transfer { none; }; notify no; };`,
      `zone "b.example" { type primary; file "${d.dir}/primary/b.example.zone"; allow-transfer { 192.0.2.2; 192.0.2.3; }; also-notify { 192.0.2.2 port 53; 192.0.2.3 port 5353; 192.0.2.3 port 53; }; notify explicit; };`,
      `zone "c.example" { type secondary; file "${d.dir}/secondary/c.example.zone"; primaries { 2001:db8::1 port 53; }; };`,
      '',
    ]);
    expect(fs.readdirSync(path.join(d.dir, 'secondary'))).toEqual([]); // named writes those
    expect(fs.statSync(path.join(d.dir, 'primary', 'a.example.zone')).mode & 0o777).toBe(0o644);
  });

  it('a repeated change rewrites nothing; a changed zone is rewritten; removal deletes files and drops the zone', async () => {
    const d = fresh();
    const zones = [{ name: 'a.example', role: 'primary' as const, peers: [] }];
    await d.apply({ zones, write: [{ name: 'a.example', text: text('a.example') }] });
    const stat = () => [
      fs.statSync(path.join(d.dir, 'zones.conf')).ino,
      fs.statSync(path.join(d.dir, 'primary', 'a.example.zone')).ino,
    ];
    const before = stat();
    await d.apply({ zones, write: [{ name: 'a.example', text: text('a.example') }] });
    expect(stat()).toEqual(before);

    await d.apply({ zones, write: [{ name: 'a.example', text: text('a.example', 2) }] });
    expect(read(d, 'primary', 'a.example.zone')).toBe(text('a.example', 2));
    expect(stat()[0]).toBe(before[0]); // the list did not change

    fs.writeFileSync(path.join(d.dir, 'primary', 'a.example.zone.jnl'), 'journal');
    await d.apply({ zones: [], remove: ['a.example'] });
    expect(fs.readdirSync(path.join(d.dir, 'primary'))).toEqual([]);
    expect(read(d, 'zones.conf')).not.toContain('a.example');
    await d.apply({ zones: [], remove: ['a.example'] }); // again: nothing to do, no error
  });

  it('refuses bad input and writes nothing', async () => {
    const d = fresh();
    const p = { name: 'a.example', role: 'primary' as const, peers: [] };
    const cases: [string, Parameters<FilesDnsDriver['apply']>[0]][] = [
      ['traversal', { zones: [{ ...p, name: '../../x' }] }],
      ['slash', { zones: [], remove: ['a/b'] }],
      ['empty label', { zones: [{ ...p, name: 'a..example' }] }],
      ['trailing dot', { zones: [{ ...p, name: 'a.example.' }] }],
      ['uppercase', { zones: [{ ...p, name: 'A.example' }] }],
      ['label too long', { zones: [{ ...p, name: `${'x'.repeat(64)}.example` }] }],
      ['listed twice', { zones: [p, p], write: [{ name: 'a.example', text: text('a.example') }] }],
      ['written, not listed', { zones: [], write: [{ name: 'a.example', text: text('a.example') }] }],
      [
        'written as secondary',
        {
          zones: [{ ...p, role: 'secondary', peers: [{ host: '192.0.2.1', port: 53 }] }],
          write: [{ name: 'a.example', text: text('a.example') }],
        },
      ],
      [
        'listed and removed',
        { zones: [p], write: [{ name: 'a.example', text: text('a.example') }], remove: ['a.example'] },
      ],
      ['secondary without primary', { zones: [{ ...p, role: 'secondary' }] }],
      ['peer is a name', { zones: [{ ...p, role: 'secondary', peers: [{ host: 'ns1.example', port: 53 }] }] }],
      ['peer port', { zones: [{ ...p, role: 'secondary', peers: [{ host: '192.0.2.1', port: 70000 }] }] }],
      ['$INCLUDE', { zones: [p], write: [{ name: 'a.example', text: `${text('a.example')}$include /etc/shadow\n` }] }],
      ['NUL', { zones: [p], write: [{ name: 'a.example', text: `${text('a.example')}\u0000` }] }],
      ['unknown role', { zones: [{ ...p, role: 'master' as 'primary' }] }],
    ];
    for (const [what, change] of cases)
      await expect(d.apply(change), what).rejects.toBeInstanceOf(UnsafeZoneInputError);
    expect(fs.existsSync(d.dir)).toBe(false);
  });

  it('leaves a primary zone out of the list until its text has been written', async () => {
    const d = fresh();
    const b = { name: 'b.example', role: 'primary' as const, peers: [] };
    await d.apply({
      zones: [{ name: 'a.example', role: 'primary', peers: [] }, b],
      write: [{ name: 'a.example', text: text('a.example') }],
    });
    expect(read(d, 'zones.conf')).toContain('zone "a.example"');
    expect(read(d, 'zones.conf')).not.toContain('b.example');
    await d.apply({ zones: [b], write: [{ name: 'b.example', text: text('b.example') }] });
    await d.apply({ zones: [{ name: 'a.example', role: 'primary', peers: [] }, b] }); // both on disk now: both listed
    expect(read(d, 'zones.conf')).toContain('zone "a.example"');
    expect(read(d, 'zones.conf')).toContain('zone "b.example"');
  });

  it('refuses a config folder whose path named.conf could not quote', () => {
    expect(() => new FilesDnsDriver('relative/dir')).toThrow('absolute');
    expect(() => new FilesDnsDriver('/tmp/a"b')).toThrow('cannot quote');
  });
});

describe('dnsDriverFor and dnsPeerOf', () => {
  const config = loadConfig({ DATA_DIR: path.join(os.tmpdir(), 'helio-dns-config-test') });
  const server = (over: Partial<LogicalServer>): LogicalServer =>
    ({
      id: 1,
      name: 'ns1 main/../x',
      kind: ServerKind.DNS,
      driver: DriverName.FILES,
      settings: {},
      ...over,
    }) as LogicalServer;

  it('FILES writes under DATA_DIR/drivers/dns/<safe server name>', () => {
    const d = dnsDriverFor(server({}), { config });
    expect(d).toBeInstanceOf(FilesDnsDriver);
    expect((d as FilesDnsDriver).dir).toBe(path.join(config.dataDir, 'drivers', 'dns', 'ns1_main_.._x'));
  });

  it('BIND needs configDir and defaults the control command to rndc', () => {
    expect(() => dnsDriverFor(server({ driver: DriverName.BIND }), { config })).toThrow(/no configDir setting/);
    const settings = { configDir: '/srv/bind/helio', controlCommand: 'rndc -c /srv/bind/rndc.conf' };
    const d = dnsDriverFor(server({ driver: DriverName.BIND, settings }), { config });
    expect(d).toBeInstanceOf(BindDriver);
    expect((d as BindDriver).layout.configDir).toBe('/srv/bind/helio');
  });

  it('refuses a server of another kind or an unknown driver', () => {
    expect(() => dnsDriverFor(server({ kind: ServerKind.WEB }), { config })).toThrow('not DNS');
    expect(() => dnsDriverFor(server({ driver: DriverName.MARIADB }), { config })).toThrow(
      'no DNS driver named MARIADB',
    );
  });

  it('dnsPeerOf reads host and port with the 127.0.0.1:53 defaults', () => {
    expect(dnsPeerOf(server({}))).toEqual({ host: '127.0.0.1', port: 53 });
    expect(dnsPeerOf(server({ settings: { host: '192.0.2.7', port: 5300 } }))).toEqual({
      host: '192.0.2.7',
      port: 5300,
    });
  });
});
