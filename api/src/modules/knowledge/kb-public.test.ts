import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createReseller, setupMaster, type MasterClient, type ResellerAdminClient } from '../../test/factories';
import { KB, kbArticle, kbCategory, titles } from './testing';

/*
 * SUP-2: a company's knowledge base is readable without signing in, on its own panel host, only
 * when the company says so; the host name picks the company, and hostile Markdown stays harmless.
 */
describeApi('knowledge base: public pages by host name', (api) => {
  let master: MasterClient;
  let alpha: ResellerAdminClient;
  let beta: ResellerAdminClient;
  let alphaArticle: string;

  beforeAll(async () => {
    master = await setupMaster(api);
    alpha = await createReseller(master, api, { name: 'Alpha Hosting' });
    beta = await createReseller(master, api, { name: 'Beta Hosting' });
    const masterCat = await kbCategory(master, 'Master help');
    await kbArticle(master, masterCat, { title: 'Shared by the master', shared: true });
    await kbArticle(master, masterCat, { title: 'Master only' });
    const cat = await kbCategory(alpha, 'Alpha help');
    alphaArticle = await kbArticle(alpha, cat, {
      title: 'Alpha article',
      body: 'Read [this](javascript:alert(1)) <script>alert(1)</script> ![x](data:image/png;base64,AAAA) [ok](https://alpha.example/)',
    });
    await kbArticle(beta, await kbCategory(beta, 'Beta help'), { title: 'Beta article' });
  });

  it('off by default: anonymous readers are asked to sign in, on every host', async () => {
    for (const host of [alpha.cpHost, beta.cpHost, undefined]) {
      const anonymous = api.client(host);
      expect((await anonymous.ok(KB.isPublic)).kbIsPublic).toBe(false);
      expect((await anonymous.fails(KB.articles)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await anonymous.fails(KB.search, { q: 'article' })).extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('once a company makes it public, its host serves its published articles (and the master’s shared) to anyone', async () => {
    expect((await alpha.ok(KB.setPublic, { p: true })).setKbSettings.publicKnowledgeBase).toBe(true);
    const anonymous = api.client(alpha.cpHost);
    expect((await anonymous.ok(KB.isPublic)).kbIsPublic).toBe(true);
    expect(titles((await anonymous.ok(KB.articles)).kbArticles.nodes).sort()).toEqual([
      'Alpha article',
      'Shared by the master',
    ]);
    expect(titles((await anonymous.ok(KB.search, { q: 'alpha article' })).kbSearch)).toEqual(['Alpha article']);
    const article = (await anonymous.ok(KB.article, { slug: 'alpha-article' })).kbArticle;
    expect(article.id).toBe(alphaArticle);
    // Refused links and images stay as their text; no tag carries them.
    expect(article.html).not.toMatch(/<script|(href|src)="(javascript|data):|<img/i);
    expect(article.html).toContain('&lt;script&gt;');
    expect(article.html).toContain('<a href="https://alpha.example/" rel="nofollow noopener noreferrer">ok</a>');
    // Reading is all: answering needs a signed-in customer.
    expect((await anonymous.fails(KB.helpful, { id: alphaArticle, h: true })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.fails(KB.deflect, { id: alphaArticle })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the host decides the company: another company’s host, or the master’s, stays closed', async () => {
    expect((await api.client(beta.cpHost).fails(KB.articles)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.client().fails(KB.article, { id: alphaArticle })).extensions?.code).toBe('UNAUTHENTICATED');
    await master.ok(KB.setPublic, { p: true });
    const onMaster = api.client();
    expect(titles((await onMaster.ok(KB.articles)).kbArticles.nodes).sort()).toEqual([
      'Master only',
      'Shared by the master',
    ]);
    expect((await onMaster.fails(KB.article, { id: alphaArticle })).extensions?.code).toBe('NOT_FOUND');
    await alpha.ok(KB.setPublic, { p: false });
    expect((await api.client(alpha.cpHost).fails(KB.articles)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
