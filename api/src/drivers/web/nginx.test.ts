import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '../../test/named';
import { nginxStatus, startNginx, type NginxInstance } from '../../test/nginx';
import { NginxConfigError, NginxDriver } from './nginx';
import { UnsafeSiteInputError } from './site';
import type { SiteConfig } from './types';

describe('nginx driver against a real nginx', async () => {
  const status = await nginxStatus();
  if (!status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }

  let web: NginxInstance;
  let driver: NginxDriver;
  beforeAll(async () => {
    web = await startNginx();
    driver = new NginxDriver({
      configDir: web.configDir,
      webRoot: web.webRoot,
      controlCommand: web.controlCommand,
      listen: { host: '127.0.0.1', port: web.port },
    });
  });
  afterAll(async () => {
    await web?.stop();
  });

  /** What the host serves now: the harness's control command returns from a reload only once it took effect. */
  const served = async (host: string, want: (r: { status: number; body: string }) => boolean) => {
    const r = await web.get(host);
    expect(want(r), `${host} answered ${r.status}: ${r.body.slice(0, 200)}`).toBe(true);
  };

  const shop: SiteConfig = {
    id: 11,
    account: 7,
    directory: 'shop.example',
    serverNames: ['shop.example', 'www.shop.example'],
    title: 'Tom & Jerry <Shop>',
  };
  const blog: SiteConfig = {
    id: 12,
    account: 7,
    directory: 'blog.example',
    serverNames: ['blog.example'],
    title: 'Blog',
  };

  it('serves a new site from its document root with an escaped default page', async () => {
    const result = await driver.putSite(shop);
    const root = path.join(web.webRoot, 'a7', 'shop.example');
    expect(result).toEqual({ documentRoot: root });
    await served('www.shop.example', (r) => r.status === 200);
    const page = await web.get('shop.example');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/^<!DOCTYPE html>/);
    expect(page.body).toContain('<title>Tom &amp; Jerry &lt;Shop&gt;</title>');
    expect(page.body).not.toContain('<Shop>');

    // World-readable folders and files (the workers are not root); logs go to the account's logs folder.
    for (const dir of [path.join(web.webRoot, 'a7'), root, path.join(web.webRoot, 'a7', 'logs')])
      expect(fs.statSync(dir).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(root, 'index.html')).mode & 0o777).toBe(0o644);
    expect(fs.statSync(path.join(web.configDir, 'site-11.conf')).mode & 0o777).toBe(0o644);
    await pollUntil('the access log to be written', () =>
      fs.existsSync(path.join(web.webRoot, 'a7', 'logs', 'shop.example.access.log')),
    );
    // An unknown host still gets the default server.
    expect((await web.get('unknown.example')).status).toBe(404);
  });

  it("keeps the owner's pages, and serves a second site from its own root", async () => {
    const root = path.join(web.webRoot, 'a7', 'shop.example');
    fs.writeFileSync(path.join(root, 'index.html'), 'owner page');
    await driver.putSite({ ...shop, title: 'Renamed' }); // idempotent: no new default page over the owner's
    expect(fs.readFileSync(path.join(root, 'index.html'), 'utf8')).toBe('owner page');

    await driver.putSite(blog);
    await served('blog.example', (r) => r.status === 200 && r.body.includes('<title>Blog</title>'));
    await served('shop.example', (r) => r.body === 'owner page');
    fs.writeFileSync(path.join(web.webRoot, 'a7', 'blog.example', 'only-blog.txt'), 'blog file');
    expect((await web.get('blog.example', '/only-blog.txt')).body).toBe('blog file');
    expect((await web.get('shop.example', '/only-blog.txt')).status).toBe(404);
  });

  it("a config nginx -t refuses is rolled back with nginx's message, and the previous version stays served", async () => {
    const confFile = path.join(web.configDir, 'site-11.conf');
    const before = fs.readFileSync(confFile, 'utf8');
    const broken = path.join(web.configDir, 'zz-broken.conf');
    fs.writeFileSync(broken, 'server { listen 127.0.0.1:1; this_is_not_a_directive on; }\n');
    try {
      // A changed site: the old block comes back.
      const changed = driver.putSite({ ...shop, serverNames: ['shop.example', 'new-name.example'] });
      await expect(changed).rejects.toBeInstanceOf(NginxConfigError);
      await expect(driver.putSite({ ...shop, serverNames: ['other.example'] })).rejects.toThrow(
        /unknown directive "this_is_not_a_directive".*zz-broken\.conf/,
      );
      expect(fs.readFileSync(confFile, 'utf8')).toBe(before);
      // A new site: no file of the attempt is left.
      await expect(
        driver.putSite({ id: 13, account: 8, directory: 'new.example', serverNames: ['new.example'], title: 'New' }),
      ).rejects.toThrow(/site 13: .*zz-broken\.conf/);
      expect(fs.existsSync(path.join(web.configDir, 'site-13.conf'))).toBe(false);
      expect(fs.readdirSync(web.configDir).sort()).toEqual(['site-11.conf', 'site-12.conf', 'zz-broken.conf']);
    } finally {
      fs.rmSync(broken);
    }
    expect((await web.get('shop.example')).body).toBe('owner page');
    expect((await web.get('new-name.example')).status).toBe(404);
  });

  it('refuses directories and server names that could escape the web root or the server block', async () => {
    const bad: Partial<SiteConfig>[] = [
      { directory: '../../etc' },
      { directory: '..' },
      { directory: 'a/b' },
      { directory: 'logs' },
      { directory: '.hidden' },
      { directory: 'x;}' },
      { serverNames: ['*.example'] },
      { serverNames: ['Upper.example'] },
      { serverNames: ['a.example; root /'] },
      { serverNames: ['ex\u00e4mple.test'] },
      { account: -1 },
      { id: 0 },
    ];
    for (const change of bad)
      await expect(driver.putSite({ ...blog, id: 99, ...change }), JSON.stringify(change)).rejects.toBeInstanceOf(
        UnsafeSiteInputError,
      );
    await expect(driver.removeSite({ ...blog, directory: '..' })).rejects.toBeInstanceOf(UnsafeSiteInputError);
    expect(fs.existsSync(path.join(web.configDir, 'site-99.conf'))).toBe(false);
    expect(fs.readdirSync(web.webRoot).sort()).toEqual(['a7', 'a8']);
  });

  it('refuses to write through a document root that is a link', async () => {
    const outside = fs.mkdtempSync(path.join(web.prefix, 'outside-'));
    fs.mkdirSync(path.join(web.webRoot, 'a9'));
    fs.symlinkSync(outside, path.join(web.webRoot, 'a9', 'linked.example'));
    await expect(
      driver.putSite({ id: 20, account: 9, directory: 'linked.example', serverNames: [], title: 'x' }),
    ).rejects.toThrow(/not a plain folder/);
    expect(fs.readdirSync(outside)).toEqual([]);
    // Removing it drops the link only.
    await driver.removeSite({ id: 20, account: 9, directory: 'linked.example', serverNames: [], title: 'x' });
    expect(fs.existsSync(path.join(web.webRoot, 'a9', 'linked.example'))).toBe(false);
    expect(fs.existsSync(outside)).toBe(true);
  });

  it('with no server names makes the web space only, and drops a block the site had', async () => {
    const space: SiteConfig = { id: 30, account: 10, directory: 'web', serverNames: [], title: 'Account 10' };
    expect(await driver.putSite(space)).toEqual({ documentRoot: path.join(web.webRoot, 'a10', 'web') });
    expect(fs.readFileSync(path.join(web.webRoot, 'a10', 'web', 'index.html'), 'utf8')).toContain(
      '<title>Account 10</title>',
    );
    expect(fs.existsSync(path.join(web.configDir, 'site-30.conf'))).toBe(false);

    await driver.putSite({ ...space, serverNames: ['space.example'] });
    await served('space.example', (r) => r.status === 200);
    await driver.putSite(space);
    expect(fs.existsSync(path.join(web.configDir, 'site-30.conf'))).toBe(false);
    await served('space.example', (r) => r.status === 404);
    expect(fs.existsSync(path.join(web.webRoot, 'a10', 'web', 'index.html'))).toBe(true);
  });

  it('removeSite stops serving the site, deletes its root and logs, and keeps the account home and other sites', async () => {
    const home = path.join(web.webRoot, 'a7');
    await driver.removeSite(shop);
    expect(fs.existsSync(path.join(web.configDir, 'site-11.conf'))).toBe(false);
    await served('shop.example', (r) => r.status === 404);
    expect(fs.existsSync(path.join(home, 'shop.example'))).toBe(false);
    expect(fs.readdirSync(path.join(home, 'logs')).filter((f) => f.startsWith('shop.example'))).toEqual([]);
    expect(fs.existsSync(home)).toBe(true);
    expect(fs.existsSync(path.join(home, 'blog.example', 'only-blog.txt'))).toBe(true);
    expect((await web.get('blog.example')).status).toBe(200);
    await driver.removeSite(shop); // idempotent
    await driver.removeSite({ id: 40, account: 404, directory: 'never.example', serverNames: [], title: '' }); // never existed
    expect(fs.existsSync(path.join(web.webRoot, 'a404'))).toBe(false);
  });
});
