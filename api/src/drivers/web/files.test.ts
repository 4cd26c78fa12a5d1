import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { DriverName, ServerKind } from '../../modules/servers/enums';
import type { LogicalServer } from '../../modules/servers/logical-server.entity';
import { makeCert } from '../../modules/ssl/testing';
import { FilesWebDriver, NOTIONAL_SSL_DIR } from './files';
import { webDriverFor } from './index';
import { NginxDriver } from './nginx';
import { defaultIndexHtml, escapeHtml } from './server-block';
import { UnsafeSiteInputError } from './site';
import type { SiteConfig } from './types';

describe('files web driver', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-web-files-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const fresh = (listen?: { host?: string; port: number }, tlsListen?: { host?: string; port: number }) =>
    new FilesWebDriver(path.join(root, `server${++n}`), listen, tlsListen);
  const site: SiteConfig = {
    id: 5,
    account: 42,
    directory: 'example.com',
    serverNames: ['example.com', 'www.example.com'],
    title: 'Example',
  };

  it('writes the server block nginx would load and reports the document root', async () => {
    const d = fresh({ host: '192.0.2.10', port: 8080 });
    expect(await d.putSite(site)).toEqual({ documentRoot: '/var/www/a42/example.com' });
    expect(fs.readFileSync(d.confFile(site), 'utf8'))
      .toBe(`# Written by Heliosphere for site 5 (account 42); the panel rewrites it.
server {
    listen 192.0.2.10:8080;
    server_name example.com www.example.com;
    root /var/www/a42/example.com;
    index index.html index.htm;
    access_log /var/www/a42/logs/example.com.access.log;
    error_log /var/www/a42/logs/example.com.error.log;
    location / {
        try_files $uri $uri/ =404;
    }
}
`);
    expect(d.confFile(site)).toBe(path.join(d.dir, 'site-5.conf'));
  });

  it('listens on the port alone without a host, and brackets IPv6', async () => {
    const plain = fresh();
    await plain.putSite(site);
    expect(fs.readFileSync(plain.confFile(site), 'utf8')).toContain('    listen 80;\n');
    const v6 = fresh({ host: '2001:db8::5', port: 80 });
    await v6.putSite(site);
    expect(fs.readFileSync(v6.confFile(site), 'utf8')).toContain('    listen [2001:db8::5]:80;\n');
  });

  it('no server names: no block (an old one goes); removeSite deletes the block; both idempotent', async () => {
    const d = fresh();
    await d.putSite(site);
    expect(await d.putSite({ ...site, serverNames: [] })).toEqual({ documentRoot: '/var/www/a42/example.com' });
    expect(fs.existsSync(d.confFile(site))).toBe(false);
    await d.putSite(site);
    await d.removeSite(site);
    await d.removeSite(site);
    expect(fs.readdirSync(d.dir)).toEqual([]);
  });

  it('writes the TLS blocks and the certificate files nginx would load, and surveys them', async () => {
    const d = fresh({ host: '192.0.2.10', port: 80 }, { host: '192.0.2.10', port: 8443 });
    const cert = await makeCert({ subject: 'example.com', names: ['example.com'] });
    const tls = { ...site, tls: [{ names: ['example.com'], certificate: cert.pem, key: cert.keyPem }] };
    const full = { ...tls, httpsRedirect: true, hsts: true, acmeChallengeProxy: 'https://panel.example:8443' };
    await d.putSite(full);
    expect(fs.readFileSync(path.join(d.dir, 'ssl', 'site-5-1.crt'), 'utf8')).toBe(`${cert.pem.trim()}\n`);
    expect(fs.statSync(path.join(d.dir, 'ssl', 'site-5-1.key')).mode & 0o777).toBe(0o600);
    const acme = `    location ^~ /.well-known/acme-challenge/ {
        proxy_pass https://panel.example:8443;
        proxy_set_header Host $host;
        proxy_ssl_server_name on;
    }`;
    expect(fs.readFileSync(d.confFile(site), 'utf8'))
      .toBe(`# Written by Heliosphere for site 5 (account 42); the panel rewrites it.
server {
    listen 192.0.2.10:80;
    server_name www.example.com;
    root /var/www/a42/example.com;
    index index.html index.htm;
    access_log /var/www/a42/logs/example.com.access.log;
    error_log /var/www/a42/logs/example.com.error.log;
${acme}
    location / {
        try_files $uri $uri/ =404;
    }
}

server {
    listen 192.0.2.10:80;
    server_name example.com;
    access_log /var/www/a42/logs/example.com.access.log;
    error_log /var/www/a42/logs/example.com.error.log;
${acme}
    location / {
        return 301 https://$host:8443$request_uri;
    }
}

server {
    listen 192.0.2.10:8443 ssl;
    server_name example.com;
    ssl_certificate ${NOTIONAL_SSL_DIR}/site-5-1.crt;
    ssl_certificate_key ${NOTIONAL_SSL_DIR}/site-5-1.key;
    add_header Strict-Transport-Security "max-age=31536000" always;
    root /var/www/a42/example.com;
    index index.html index.htm;
    access_log /var/www/a42/logs/example.com.access.log;
    error_log /var/www/a42/logs/example.com.error.log;
${acme}
    location / {
        try_files $uri $uri/ =404;
    }
}
`);
    expect(await d.survey([full])).toEqual({ missing: [], different: [], unknown: [] });
    const renewed = await makeCert({ subject: 'example.com', names: ['example.com'] });
    const next = { ...full, tls: [{ names: ['example.com'], certificate: renewed.pem, key: renewed.keyPem }] };
    expect((await d.survey([next])).different).toEqual([5]);
    await d.putSite(next);
    expect(await d.survey([next])).toEqual({ missing: [], different: [], unknown: [] });
    // No certificate any more: its files go; the 443 redirect carries no port.
    await d.putSite({ ...site, httpsRedirect: true });
    expect(fs.readdirSync(path.join(d.dir, 'ssl'))).toEqual([]);
    const port443 = fresh({ port: 80 });
    await port443.putSite(full);
    expect(fs.readFileSync(port443.confFile(site), 'utf8')).toContain('return 301 https://$host$request_uri;');
    await port443.removeSite(site);
    expect(fs.readdirSync(path.join(port443.dir, 'ssl'))).toEqual([]);
  });

  it('refuses unsafe sites and listen addresses, writing nothing', async () => {
    const d = fresh();
    for (const bad of [
      { directory: '../x' },
      { directory: 'logs' },
      { serverNames: ['*.example.com'] },
      { serverNames: ['a b'] },
      { serverNames: ['x.com;'] },
      { id: 1.5 },
    ]) {
      await expect(d.putSite({ ...site, ...bad }), JSON.stringify(bad)).rejects.toBeInstanceOf(UnsafeSiteInputError);
    }
    expect(fs.existsSync(d.dir)).toBe(false);
    expect(() => fresh({ host: '1.2.3.4; root /', port: 80 })).toThrow(UnsafeSiteInputError);
    expect(() => fresh({ port: 0 })).toThrow(UnsafeSiteInputError);
    expect(() => fresh({ port: 8080 }, { port: 8080 })).toThrow(/plain HTTP listens there/);
  });
});

describe('default page', () => {
  it('escapes the title and is a complete HTML5 document', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const page = defaultIndexHtml('Ünïcode <script>alert(1)</script>');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Ünïcode &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).toContain('is hosted here');
    expect(page).not.toContain('<script>');
    expect(page.trimEnd()).toMatch(/<\/html>$/);
  });
});

describe('webDriverFor', () => {
  const config = loadConfig({ DATA_DIR: path.join(os.tmpdir(), 'helio-web-config-test') });
  const server = (over: Partial<LogicalServer>): LogicalServer =>
    ({ id: 1, name: 'web 1', kind: ServerKind.WEB, driver: DriverName.FILES, settings: {}, ...over }) as LogicalServer;

  it('FILES writes under DATA_DIR/drivers/web/<safe server name>, listening on settings.host:port (default 80)', async () => {
    const d = webDriverFor(server({ settings: { port: 8081 } }), { config });
    expect(d).toBeInstanceOf(FilesWebDriver);
    expect((d as FilesWebDriver).dir).toBe(path.join(config.dataDir, 'drivers', 'web', 'web_1'));
  });

  it('TLS blocks listen on settings.host and settings.tlsPort (default 443)', async () => {
    const cert = await makeCert({ subject: 'example.com', names: ['example.com'] });
    const tls = [{ names: ['example.com'], certificate: cert.pem, key: cert.keyPem }];
    const site: SiteConfig = {
      id: 1,
      account: 1,
      directory: 'example.com',
      serverNames: ['example.com'],
      title: 'x',
      tls,
    };
    for (const [settings, listen] of [
      [{ host: '192.0.2.7', tlsPort: 8443 }, 'listen 192.0.2.7:8443 ssl;'],
      [{}, 'listen 443 ssl;'],
    ] as const) {
      const d = webDriverFor(server({ name: `tls ${listen}`, settings }), { config }) as FilesWebDriver;
      await d.putSite(site);
      expect(fs.readFileSync(d.confFile(site), 'utf8')).toContain(`    ${listen}\n`);
      fs.rmSync(d.dir, { recursive: true });
    }
  });

  it('NGINX needs configDir and webRoot', () => {
    const nginx = DriverName.NGINX;
    expect(() => webDriverFor(server({ driver: nginx }), { config })).toThrow(/no configDir setting/);
    expect(() =>
      webDriverFor(server({ driver: nginx, settings: { configDir: '/etc/helio/sites' } }), { config }),
    ).toThrow(/no webRoot setting/);
    const settings = { configDir: '/etc/helio/sites', webRoot: '/hsphere/local/home', port: 80 };
    expect(webDriverFor(server({ driver: nginx, settings }), { config })).toBeInstanceOf(NginxDriver);
  });

  it('refuses a server of another kind or an unknown driver', () => {
    expect(() => webDriverFor(server({ kind: ServerKind.DNS }), { config })).toThrow('not WEB');
    expect(() => webDriverFor(server({ driver: DriverName.MARIADB }), { config })).toThrow(
      'no web driver named MARIADB',
    );
  });
});
