import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { appError, badInput, notFound, parseId, validate } from '../../errors';
import { parsePage, toConnection, type Connection, type PageArgs } from '../../graphql/pagination';
import { Language } from '../../graphql/presentation';
import { unscoped } from '../../db/scope';
import { isPostgres } from '../../db/raw-sql';
import { z } from 'zod';
import { resellerForHost } from '../identity';
import { Reseller } from '../resellers';
import { ArticleState } from './enums';
import { KbArticle } from './kb-article.entity';
import { KbCategory } from './kb-category.entity';
import { KbSettings } from './kb-settings.entity';
import { preparedAll } from '../../db/prepared';
import { searchArticles, searchTerms, type ReaderScope } from './search';

/** The longest search a reader may send, and its most words: a search costs what its words cost. */
export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_MAX_TERMS = 8;
/** What a ticket being written may send for suggestions (subject + first lines), and the words used of it. */
export const SUGGEST_MAX_LENGTH = 2000;
const SUGGEST_MAX_TERMS = 16;
export const SUGGESTIONS = 5;

const searchSchema = z.object({
  query: z.string().max(SEARCH_MAX_LENGTH, `must be at most ${SEARCH_MAX_LENGTH} characters`),
  first: z.number().int().min(1, 'must be at least 1').max(20, 'must be at most 20'),
});
const suggestSchema = z.object({
  subject: z.string().max(300, 'must be at most 300 characters'),
  body: z.string().max(SUGGEST_MAX_LENGTH, `must be at most ${SUGGEST_MAX_LENGTH} characters`),
});

const PUBLISHED = { state: ArticleState.PUBLISHED };

/**
 * What readers see of a knowledge base: the published articles of their company (the host's
 * company for anonymous readers, when it made its knowledge base public) and, for a reseller's
 * customers, the master's shared ones. Rows of two companies are read, so the tenant filter is
 * lifted and the condition written out (`visibleWhere`).
 */
export class KbReaderService {
  private masterId: number | null = null;

  /** Who reads: the signed-in viewer's company, else the host's when its knowledge base is public. */
  async scope(ctx: Ctx): Promise<ReaderScope> {
    const companyId = ctx.viewer ? ctx.viewer.resellerId : await this.publicCompany(ctx);
    const master = await this.master(ctx.em);
    return { companyId, masterId: companyId === master ? null : master };
  }

  /** Whether this host's knowledge base may be read without signing in (the /kb page asks first). */
  async isPublic(ctx: Ctx): Promise<boolean> {
    const company = await resellerForHost(ctx);
    return publicOn(ctx.em, company.id);
  }

  async categories(ctx: Ctx, language: Language | null): Promise<KbCategory[]> {
    const scope = await this.scope(ctx);
    // The master's categories show to a reseller's customers only where they hold a shared article.
    const shared = scope.masterId
      ? [{ reseller: scope.masterId, id: { $in: await this.sharedCategoryIds(ctx.em, scope.masterId) } }]
      : [];
    return ctx.em.find(
      KbCategory,
      { $or: [{ reseller: scope.companyId }, ...shared], ...(language ? { language } : {}) },
      {
        ...unscoped('knowledge-base readers see their company’s categories and the master’s shared ones'),
        orderBy: { position: 'asc', name: 'asc', id: 'asc' },
      },
    );
  }

  async articles(
    ctx: Ctx,
    args: PageArgs,
    filter: { categoryId: string | null; language: Language | null },
  ): Promise<Connection<KbArticle>> {
    const page = parsePage({ ...args, search: null });
    const scope = await this.scope(ctx);
    const categoryId = filter.categoryId ? parseId(filter.categoryId, 'categoryId') : null;
    const where = {
      ...visibleWhere(scope),
      ...(categoryId ? { category: categoryId } : {}),
      ...(filter.language ? { language: filter.language } : {}),
    };
    const opts = unscoped('knowledge-base readers see their company’s articles and the master’s shared ones');
    const paged = page.beforeId ? { $and: [where, { id: { $lt: page.beforeId } }] } : where;
    const [rows, total] = await Promise.all([
      ctx.em.find(KbArticle, paged, { ...opts, orderBy: { id: 'desc' }, limit: page.first + 1 }),
      ctx.em.count(KbArticle, where, opts),
    ]);
    return toConnection(rows, page, total);
  }

  /** One published article the reader may see, by ID or slug (their company's first); counts the view. */
  async article(ctx: Ctx, ref: { id: string | null; slug: string | null }): Promise<KbArticle> {
    if (!ref.id === !ref.slug) throw badInput([{ field: 'id', message: 'give either an id or a slug' }]);
    const scope = await this.scope(ctx);
    const key = ref.id ? { id: parseId(ref.id) } : { slug: ref.slug!.slice(0, 120) };
    const found = await ctx.em.find(
      KbArticle,
      { ...visibleWhere(scope), ...key },
      unscoped('knowledge-base readers see their company’s articles and the master’s shared ones'),
    );
    const article = found.find((a) => a.reseller.id === scope.companyId) ?? found[0];
    if (!article) throw notFound('Article');
    await preparedAll(ctx.em, 'update kb_article set views = views + 1 where id = ?', [article.id]);
    article.views += 1;
    return article;
  }

  async search(ctx: Ctx, query: string, language: Language | null, first: number): Promise<KbArticle[]> {
    const v = validate(searchSchema, { query, first });
    const scope = await this.scope(ctx);
    return searchArticles(ctx.em, scope, {
      terms: searchTerms(v.query, SEARCH_MAX_TERMS),
      language: this.language(ctx, language),
      limit: v.first,
    });
  }

  /** The articles that may answer a ticket being written: its subject and first lines, the last word a prefix. */
  async suggestions(ctx: Ctx, subject: string, body: string, language: Language | null): Promise<KbArticle[]> {
    const v = validate(suggestSchema, { subject, body });
    const scope = await this.scope(ctx);
    const text = `${v.subject}\n${v.body}`;
    return searchArticles(ctx.em, scope, {
      terms: searchTerms(text, SUGGEST_MAX_TERMS),
      language: this.language(ctx, language),
      limit: SUGGESTIONS,
      // Still typing: the last word may be unfinished (no space after it yet).
      prefixLast: /[\p{L}\p{N}]$/u.test(text),
    });
  }

  /** A published article the signed-in reader may see, or NOT_FOUND. */
  async visibleArticle(ctx: Ctx, id: number): Promise<KbArticle> {
    const article = await ctx.em.findOne(
      KbArticle,
      { ...visibleWhere(await this.scope(ctx)), id },
      unscoped('knowledge-base readers see their company’s articles and the master’s shared ones'),
    );
    if (!article) throw notFound('Article');
    return article;
  }

  private language(ctx: Ctx, language: Language | null): Language {
    return language ?? ctx.viewer?.user.language ?? Language.EN;
  }

  private async publicCompany(ctx: Ctx): Promise<number> {
    const company = await resellerForHost(ctx);
    if (!(await publicOn(ctx.em, company.id))) throw appError('UNAUTHENTICATED', 'Sign in to read the knowledge base');
    return company.id;
  }

  private async master(em: EntityManager): Promise<number> {
    if (this.masterId === null) {
      const root = await em.findOneOrFail(
        Reseller,
        { isRoot: true },
        unscoped('the master company, whose shared articles resellers’ customers read'),
      );
      this.masterId = root.id;
    }
    return this.masterId;
  }

  private async sharedCategoryIds(em: EntityManager, masterId: number): Promise<number[]> {
    const rows = await preparedAll<{ id: number | string }>(
      em,
      `select distinct category_id as id from kb_article where reseller_id = ? and state = 'PUBLISHED' and shared_with_resellers = ${isPostgres(em) ? 'true' : '1'}`,
      [masterId],
    );
    return rows.map((r) => Number(r.id));
  }
}

/** Published, and the reader's company's or the master's shared. */
function visibleWhere(scope: ReaderScope) {
  return scope.masterId
    ? { ...PUBLISHED, $or: [{ reseller: scope.companyId }, { reseller: scope.masterId, sharedWithResellers: true }] }
    : { ...PUBLISHED, reseller: scope.companyId };
}

async function publicOn(em: EntityManager, companyId: number): Promise<boolean> {
  // KbSettings has no tenant filter: this is asked before anyone signs in.
  const settings = await em.findOne(KbSettings, { reseller: companyId });
  return settings?.publicKnowledgeBase ?? false;
}
