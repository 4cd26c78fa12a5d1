import type { GqlClient } from '../../test/client';

/** The knowledge area's operations as tests call them. */
export const KB = {
  createCategory: `mutation($i: KbCategoryInput!) { createKbCategory(input: $i) { id slug language } }`,
  createArticle: `mutation($i: KbArticleInput!) { createKbArticle(input: $i) { id slug state language } }`,
  updateArticle: `mutation($id: ID!, $i: KbArticleInput!) { updateKbArticle(id: $id, input: $i) { id title } }`,
  publish: `mutation($id: ID!) { publishKbArticle(id: $id) { id state publishedAt } }`,
  unpublish: `mutation($id: ID!) { unpublishKbArticle(id: $id) { id state } }`,
  deleteArticle: `mutation($id: ID!) { deleteKbArticle(id: $id) }`,
  deleteCategory: `mutation($id: ID!) { deleteKbCategory(id: $id) }`,
  adminArticle: `query($id: ID!) { kbAdminArticle(id: $id) { id title state } }`,
  adminArticles: `{ kbAdminArticles(first: 100) { totalCount nodes { id title state } } }`,
  articles: `query($c: ID) { kbArticles(first: 100, categoryId: $c) { totalCount nodes { id title } } }`,
  article: `query($id: ID, $slug: String) { kbArticle(id: $id, slug: $slug) { id title html excerpt views helpfulCount notHelpfulCount category { id name } } }`,
  categories: `{ kbCategories { id name } }`,
  search: `query($q: String!, $first: Int) { kbSearch(query: $q, first: $first) { id title } }`,
  suggestions: `query($s: String!, $b: String) { kbSuggestions(subject: $s, body: $b) { id title } }`,
  helpful: `mutation($id: ID!, $h: Boolean!) { markArticleHelpful(id: $id, helpful: $h) { id helpfulCount notHelpfulCount } }`,
  deflect: `mutation($id: ID!) { recordDeflection(articleId: $id) }`,
  stats: `{ kbStats { publishedArticles draftArticles views helpful notHelpful helpfulRatio periodDays deflections ticketsOpened deflectionRate } }`,
  setPublic: `mutation($p: Boolean!) { setKbSettings(publicKnowledgeBase: $p) { publicKnowledgeBase } }`,
  isPublic: `{ kbIsPublic }`,
};

/** An admin writes a category and returns its ID. */
export async function kbCategory(admin: GqlClient, name: string, language = 'EN'): Promise<string> {
  return (await admin.ok(KB.createCategory, { i: { name, language } })).createKbCategory.id;
}

/** An admin writes an article (published unless `draft`) and returns its ID. */
export async function kbArticle(
  admin: GqlClient,
  categoryId: string,
  fields: { title: string; body?: string; slug?: string; shared?: boolean; draft?: boolean },
): Promise<string> {
  const id: string = (
    await admin.ok(KB.createArticle, {
      i: {
        categoryId,
        title: fields.title,
        slug: fields.slug ?? null,
        body: fields.body ?? `About ${fields.title}.`,
        sharedWithResellers: fields.shared ?? false,
      },
    })
  ).createKbArticle.id;
  if (!fields.draft) await admin.ok(KB.publish, { id });
  return id;
}

/** The titles of a list of articles, in order. */
export const titles = (list: Array<{ title: string }>): string[] => list.map((a) => a.title);
