import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { KB, kbArticle, kbCategory, titles } from './testing';

/*
 * SUP-2: each company writes its own knowledge base; its customers read what is published, a
 * reseller's customers also the master's shared articles; nobody reaches another company's rows.
 */
describeApi('knowledge base: writing, publishing and who reads what', (api) => {
  let master: MasterClient;
  let resellerA: ResellerAdminClient;
  let resellerB: ResellerAdminClient;
  let masterCustomer: EndUserClient;
  let customerA: EndUserClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    master = await setupMaster(api);
    resellerA = await createReseller(master, api, { name: 'Alpha Hosting' });
    resellerB = await createReseller(master, api, { name: 'Beta Hosting' });
    masterCustomer = await createEndUser(master, api);
    customerA = await createEndUser(resellerA, api);
    ids.masterCat = await kbCategory(master, 'Domains');
    ids.shared = await kbArticle(master, ids.masterCat, { title: 'Master shared', shared: true });
    ids.unshared = await kbArticle(master, ids.masterCat, { title: 'Master unshared' });
    ids.masterDraft = await kbArticle(master, ids.masterCat, { title: 'Master draft', shared: true, draft: true });
    ids.catA = await kbCategory(resellerA, 'Alpha help');
    ids.publishedA = await kbArticle(resellerA, ids.catA, { title: 'Alpha published' });
    ids.draftA = await kbArticle(resellerA, ids.catA, { title: 'Alpha draft', draft: true });
  });

  it('customers cannot write: every admin operation is FORBIDDEN to them', async () => {
    for (const [query, variables] of [
      [KB.createCategory, { i: { name: 'Mine', language: 'EN' } }],
      [KB.createArticle, { i: { categoryId: ids.catA, title: 'Mine', body: 'x' } }],
      [KB.publish, { id: ids.draftA }],
      [KB.deleteArticle, { id: ids.publishedA }],
      [KB.stats, {}],
    ] as const) {
      expect((await customerA.fails(query, variables)).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await resellerA.ok(KB.adminArticle, { id: ids.draftA })).kbAdminArticle.state).toBe('DRAFT');
  });

  it('a company’s admins list their own articles, drafts included, and nothing of another company', async () => {
    expect(titles((await resellerA.ok(KB.adminArticles)).kbAdminArticles.nodes).sort()).toEqual([
      'Alpha draft',
      'Alpha published',
    ]);
    // The master admin's tenant scope is every company, but the knowledge base it edits is its own.
    expect(titles((await master.ok(KB.adminArticles)).kbAdminArticles.nodes).sort()).toEqual([
      'Master draft',
      'Master shared',
      'Master unshared',
    ]);
    expect((await resellerA.fails(KB.adminArticle, { id: ids.masterDraft })).extensions?.code).toBe('NOT_FOUND');
    expect((await master.fails(KB.adminArticle, { id: ids.draftA })).extensions?.code).toBe('NOT_FOUND');
  });

  it('another company’s IDs are NOT_FOUND for every change, and nothing changes', async () => {
    const input = { categoryId: ids.catA, title: 'Taken over', body: 'x' };
    const refused = [
      await resellerB.fails(KB.updateArticle, { id: ids.publishedA, i: input }),
      await resellerB.fails(KB.publish, { id: ids.draftA }),
      await resellerB.fails(KB.unpublish, { id: ids.publishedA }),
      await resellerB.fails(KB.deleteArticle, { id: ids.publishedA }),
      await resellerB.fails(KB.deleteCategory, { id: ids.catA }),
      await resellerA.fails(KB.publish, { id: ids.masterDraft }),
      await master.fails(KB.unpublish, { id: ids.publishedA }),
    ];
    expect(refused.map((e) => e.extensions?.code)).toEqual(Array(7).fill('NOT_FOUND'));
    // Writing into another company's category is bad input on that field.
    const wrong = await resellerB.fails(KB.createArticle, { i: input });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'categoryId' }] });
    expect(titles((await resellerA.ok(KB.adminArticles)).kbAdminArticles.nodes).sort()).toEqual([
      'Alpha draft',
      'Alpha published',
    ]);
  });

  it('bad input names its field and writes nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ categoryId: ids.catA, title: '', body: 'x' }, 'title'],
      [{ categoryId: ids.catA, title: 'T', body: 'x', slug: 'Not A Slug' }, 'slug'],
      [{ categoryId: ids.catA, title: 'T', body: 'x'.repeat(100_001) }, 'body'],
      [{ categoryId: ids.catA, title: 'T', body: 'x', sharedWithResellers: true }, 'sharedWithResellers'],
      [{ categoryId: ids.catA, title: 'Again', body: 'x', slug: 'alpha-published' }, 'slug'],
      [{ categoryId: 'abc', title: 'T', body: 'x' }, 'categoryId'],
    ];
    for (const [i, field] of cases) {
      const e = await resellerA.fails(KB.createArticle, { i });
      expect({ field, ext: e.extensions }).toMatchObject({
        field,
        ext: { code: 'BAD_USER_INPUT', fields: [{ field }] },
      });
    }
    expect((await resellerA.ok(KB.adminArticles)).kbAdminArticles.totalCount).toBe(2);
    expect((await resellerA.fails(KB.deleteCategory, { id: ids.catA })).extensions?.code).toBe('CONFLICT');
  });

  it('a reseller’s customer reads its published articles and the master’s shared ones only', async () => {
    const list = (await customerA.ok(KB.articles)).kbArticles;
    expect(titles(list.nodes).sort()).toEqual(['Alpha published', 'Master shared']);
    expect(list.totalCount).toBe(2);
    for (const id of [ids.unshared, ids.masterDraft, ids.draftA]) {
      expect((await customerA.fails(KB.article, { id })).extensions?.code).toBe('NOT_FOUND');
    }
    const shared = (await customerA.ok(KB.article, { id: ids.shared })).kbArticle;
    expect(shared.category.name).toBe('Domains');
    expect((await customerA.ok(KB.categories)).kbCategories.map((c: { name: string }) => c.name).sort()).toEqual([
      'Alpha help',
      'Domains',
    ]);
  });

  it('the master’s customer reads the master’s published articles, shared or not, and no reseller’s', async () => {
    expect(titles((await masterCustomer.ok(KB.articles)).kbArticles.nodes).sort()).toEqual([
      'Master shared',
      'Master unshared',
    ]);
    expect((await masterCustomer.fails(KB.article, { id: ids.publishedA })).extensions?.code).toBe('NOT_FOUND');
    expect((await masterCustomer.fails(KB.article, { slug: 'alpha-published' })).extensions?.code).toBe('NOT_FOUND');
  });

  it('publishing shows an article to readers and unpublishing hides it again; slugs open it', async () => {
    await resellerA.ok(KB.publish, { id: ids.draftA });
    expect((await customerA.ok(KB.article, { slug: 'alpha-draft' })).kbArticle.title).toBe('Alpha draft');
    await resellerA.ok(KB.unpublish, { id: ids.draftA });
    expect((await customerA.fails(KB.article, { slug: 'alpha-draft' })).extensions?.code).toBe('NOT_FOUND');
    expect((await customerA.fails(KB.article, {})).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
