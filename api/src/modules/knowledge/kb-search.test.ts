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
import { systemEm } from '../../db/scope';
import { Language } from '../../graphql/presentation';
import { testDialect } from '../../test/db';
import { preparedAll } from '../../db/prepared';
import { articleSearchSql, KB_TSVECTOR } from './search';
import { KB, kbArticle, kbCategory, titles } from './testing';

/*
 * SUP-2: keyword search ranked by relevance, suggestions while a ticket is written, "was this
 * helpful", and deflections counted for the admin dashboard.
 */
describeApi('knowledge base: search, suggestions, feedback and deflections', (api) => {
  let master: MasterClient;
  let reseller: ResellerAdminClient;
  let customer: EndUserClient;
  let neighbour: EndUserClient;
  let otherCustomer: EndUserClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    master = await setupMaster(api);
    reseller = await createReseller(master, api);
    customer = await createEndUser(master, api);
    neighbour = await createEndUser(master, api);
    otherCustomer = await createEndUser(reseller, api);
    const cat = await kbCategory(master, 'Help');
    ids.nameServers = await kbArticle(master, cat, {
      title: 'Point your domain at our name servers',
      body: 'At your registrar, set the name servers of the domain to ns1 and ns2. Changes take up to a day.',
    });
    ids.mail = await kbArticle(master, cat, {
      title: 'Set up e-mail on your phone',
      body: 'Use IMAP on port 993. If your domain is new, wait until its name servers answer.',
    });
    ids.ftp = await kbArticle(master, cat, {
      title: 'Upload files with FTP',
      body: 'Connect with an FTP client to your account; the domain’s folder is public_html.',
    });
    ids.draft = await kbArticle(master, cat, { title: 'Name servers draft', body: 'name servers', draft: true });
    ids.german = await kbArticle(master, await kbCategory(master, 'Hilfe', 'DE'), {
      title: 'Domains auf unsere Nameserver zeigen lassen',
      body: 'Bei Ihrem Registrar die Nameserver eintragen.',
    });
    const own = await kbCategory(reseller, 'Reseller help');
    ids.resellerOnly = await kbArticle(reseller, own, { title: 'Reseller name servers', body: 'name servers' });
  });

  it('ranks by relevance: a title match before a body mention, published only, in the reader’s company', async () => {
    const found = titles((await customer.ok(KB.search, { q: 'name servers' })).kbSearch);
    expect(found[0]).toBe('Point your domain at our name servers');
    expect(found).toContain('Set up e-mail on your phone');
    expect(found).not.toContain('Name servers draft');
    expect(found).not.toContain('Reseller name servers');
    // Stemming: "uploading" finds "Upload".
    expect(titles((await customer.ok(KB.search, { q: 'uploading FILE' })).kbSearch)).toEqual(['Upload files with FTP']);
    // Another company's customer finds only its own company's (the master shares none here).
    expect(titles((await otherCustomer.ok(KB.search, { q: 'name servers' })).kbSearch)).toEqual([
      'Reseller name servers',
    ]);
    // Another language is searched with its own stemming, only when asked for.
    const de = await customer.ok(`{ kbSearch(query: "nameserver", language: DE) { title } }`);
    expect(titles(de.kbSearch)).toEqual(['Domains auf unsere Nameserver zeigen lassen']);
  });

  it('the search statement is one the full-text index answers', async () => {
    const pg = testDialect() === 'postgres';
    const { sql, params } = articleSearchSql(
      pg ? 'postgresql' : 'sqlite',
      { companyId: Number(master.resellerId), masterId: null },
      { terms: ['name', 'servers'], language: Language.EN, limit: 10 },
    );
    const plan = await systemEm(api.orm, 'test').transactional(async (em) => {
      if (!pg)
        return (await preparedAll<{ detail: string }>(em, `explain query plan ${sql}`, params)).map((r) => r.detail);
      // On so few rows the planner rightly prefers the tenant's index; alone, the text condition
      // (the statement's own expression, KB_TSVECTOR) must be one the GIN index can answer.
      await preparedAll(em, 'set local enable_seqscan = off', []);
      const textOnly = `select a.id from kb_article a where ${KB_TSVECTOR} @@ to_tsquery(?::regconfig, ?)`;
      const rows = await preparedAll<Record<string, string>>(em, `explain ${textOnly}`, ['english', 'name | server']);
      return rows.map((r) => r['QUERY PLAN']!);
    });
    expect(plan.join('\n')).toMatch(pg ? /Bitmap Index Scan on kb_article_search_index/ : /VIRTUAL TABLE INDEX/);
  });

  it('a search text cannot stall the server: query syntax is taken as words, length and count are capped', async () => {
    for (const q of ['"', 'name* OR "', 'NEAR(name servers) AND -domain', ':* & | !', '^ title:name', '(((']) {
      expect(Array.isArray((await customer.ok(KB.search, { q })).kbSearch)).toBe(true);
    }
    expect(titles((await customer.ok(KB.search, { q: '"name" servers*' })).kbSearch)[0]).toBe(
      'Point your domain at our name servers',
    );
    expect((await customer.ok(KB.search, { q: '   ' })).kbSearch).toEqual([]);
    const long = await customer.fails(KB.search, { q: 'x'.repeat(201) });
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'query' }] });
    const many = await customer.fails(KB.search, { q: 'domain', first: 21 });
    expect(many.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
    const body = await customer.fails(KB.suggestions, { s: 'help', b: 'x'.repeat(2001) });
    expect(body.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'body' }] });
  });

  it('suggests articles for a ticket being written, the last word matched as it is typed', async () => {
    const typing = await customer.ok(KB.suggestions, { s: 'My domain does not resolve', b: 'I changed the name serv' });
    expect(titles(typing.kbSuggestions)[0]).toBe('Point your domain at our name servers');
    expect(typing.kbSuggestions.length).toBeLessThanOrEqual(5);
    expect((await customer.ok(KB.suggestions, { s: 'the and of', b: '' })).kbSuggestions).toEqual([]);
    // Suggestions are for signed-in customers writing a ticket.
    expect((await api.client().fails(KB.suggestions, { s: 'domain', b: '' })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('“was this helpful” counts one answer per user; a changed answer moves its count', async () => {
    const mark = async (c: EndUserClient, h: boolean) =>
      (await c.ok(KB.helpful, { id: ids.mail, h })).markArticleHelpful;
    expect(await mark(customer, true)).toMatchObject({ helpfulCount: 1, notHelpfulCount: 0 });
    expect(await mark(customer, true)).toMatchObject({ helpfulCount: 1, notHelpfulCount: 0 });
    expect(await mark(customer, false)).toMatchObject({ helpfulCount: 0, notHelpfulCount: 1 });
    expect(await mark(neighbour, true)).toMatchObject({ helpfulCount: 1, notHelpfulCount: 1 });
    // The same first answer sent twice at once is still one answer.
    const twice = await Promise.all(
      [1, 2].map(() => master.ok(KB.helpful, { id: ids.ftp, h: true }).then((d) => d.markArticleHelpful)),
    );
    expect(twice.map((a) => a.helpfulCount)).toEqual([1, 1]);
    // Only articles the reader may see: a draft, or another company's, is NOT_FOUND.
    expect((await customer.fails(KB.helpful, { id: ids.draft, h: true })).extensions?.code).toBe('NOT_FOUND');
    expect((await otherCustomer.fails(KB.helpful, { id: ids.mail, h: true })).extensions?.code).toBe('NOT_FOUND');
  });

  it('a deflection is counted for the customer’s company; the rate takes the tickets area’s count', async () => {
    await customer.ok(KB.article, { id: ids.nameServers });
    expect((await customer.ok(KB.deflect, { id: ids.nameServers })).recordDeflection).toBe(true);
    expect((await otherCustomer.fails(KB.deflect, { id: ids.nameServers })).extensions?.code).toBe('NOT_FOUND');
    const before = (await master.ok(KB.stats)).kbStats;
    expect(before).toMatchObject({
      publishedArticles: 4,
      draftArticles: 1,
      helpful: 2,
      notHelpful: 1,
      helpfulRatio: 2 / 3,
      periodDays: 30,
      deflections: 1,
      ticketsOpened: 0,
      deflectionRate: 1,
    });
    expect(before.views).toBeGreaterThanOrEqual(1);
    expect((await reseller.ok(KB.stats)).kbStats).toMatchObject({ publishedArticles: 1, deflections: 0 });

    // The tickets area counts the tickets the company's customers opened: 1 answered, 3 sent.
    for (let i = 0; i < 3; i++)
      await customer.ok(`mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`, {
        i: { subject: `Still stuck ${i}`, category: 'TECHNICAL', body: 'The article did not help.' },
      });
    const after = (await master.ok(KB.stats)).kbStats;
    expect(after).toMatchObject({ deflections: 1, ticketsOpened: 3, deflectionRate: 0.25 });
    // Another company's tickets are not the master's.
    expect((await reseller.ok(KB.stats)).kbStats).toMatchObject({ ticketsOpened: 0 });
  });
});
