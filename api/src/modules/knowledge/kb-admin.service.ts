import type { EntityManager } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, parseId, validate } from '../../errors';
import { findPage, parsePage, type Connection, type PageArgs } from '../../graphql/pagination';
import { Language } from '../../graphql/presentation';
import { Reseller } from '../resellers';
import { ArticleState } from './enums';
import { KbArticle } from './kb-article.entity';
import { KbCategory } from './kb-category.entity';
import { KbSettings } from './kb-settings.entity';
import { articleSchema, categorySchema, slugFrom, type KbArticleInput, type KbCategoryInput } from './knowledge.inputs';

/**
 * The company's admins write its knowledge base: categories, articles (drafts until published),
 * and whether it is public. Every row is their own company's, also for the master admin (whose
 * tenant scope is every company): another company's ID is NOT_FOUND.
 */
export class KbAdminService {
  async categories(ctx: Ctx, language: Language | null): Promise<KbCategory[]> {
    const where = language ? { reseller: companyOf(ctx), language } : { reseller: companyOf(ctx) };
    return ctx.em.find(KbCategory, where, { orderBy: { language: 'asc', position: 'asc', name: 'asc', id: 'asc' } });
  }

  async createCategory(ctx: Ctx, input: KbCategoryInput): Promise<KbCategory> {
    const v = validate(categorySchema, input);
    const category = ctx.em.create(KbCategory, {
      reseller: ctx.em.getReference(Reseller, companyOf(ctx)),
      language: v.language,
      name: v.name,
      slug: v.slug ?? slugFrom(v.name, 100),
      position: v.position ?? 0,
    });
    await flushUnique(ctx.em, 'slug');
    return category;
  }

  async updateCategory(ctx: Ctx, id: number, input: KbCategoryInput): Promise<KbCategory> {
    const v = validate(categorySchema, input);
    const category = await this.category(ctx, id);
    if (v.language !== category.language && (await ctx.em.count(KbArticle, { category })) > 0)
      throw badInput([{ field: 'language', message: 'cannot change while the category holds articles' }]);
    Object.assign(category, {
      name: v.name,
      slug: v.slug ?? category.slug,
      language: v.language,
      position: v.position ?? category.position,
    });
    await flushUnique(ctx.em, 'slug');
    return category;
  }

  async deleteCategory(ctx: Ctx, id: number): Promise<boolean> {
    const category = await this.category(ctx, id);
    if ((await ctx.em.count(KbArticle, { category })) > 0)
      throw conflict('The category holds articles: move or delete them first');
    await ctx.em.remove(category).flush();
    return true;
  }

  async articles(
    ctx: Ctx,
    args: PageArgs,
    filter: { state: ArticleState | null; categoryId: string | null },
  ): Promise<Connection<KbArticle>> {
    const page = parsePage(args);
    const categoryId = filter.categoryId ? parseId(filter.categoryId, 'categoryId') : null;
    const where = () => ({
      reseller: companyOf(ctx),
      ...(filter.state ? { state: filter.state } : {}),
      ...(categoryId ? { category: categoryId } : {}),
      ...(page.search ? { title: { $like: `%${page.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {}),
    });
    return findPage(ctx.em, KbArticle, where, page);
  }

  async article(ctx: Ctx, id: number): Promise<KbArticle> {
    const article = await ctx.em.findOne(KbArticle, { id, reseller: companyOf(ctx) });
    if (!article) throw notFound('Article');
    return article;
  }

  async createArticle(ctx: Ctx, input: KbArticleInput): Promise<KbArticle> {
    const v = validate(articleSchema, input);
    const category = await this.categoryField(ctx, v.categoryId);
    const article = ctx.em.create(KbArticle, {
      reseller: ctx.em.getReference(Reseller, companyOf(ctx)),
      category,
      language: category.language,
      title: v.title,
      slug: v.slug ?? slugFrom(v.title, 120),
      body: v.body,
      sharedWithResellers: await this.sharing(ctx, v.sharedWithResellers ?? false),
    });
    await flushUnique(ctx.em, 'slug');
    return article;
  }

  async updateArticle(ctx: Ctx, id: number, input: KbArticleInput): Promise<KbArticle> {
    const v = validate(articleSchema, input);
    const article = await this.article(ctx, id);
    const category = await this.categoryField(ctx, v.categoryId);
    Object.assign(article, {
      category,
      language: category.language,
      title: v.title,
      slug: v.slug ?? article.slug,
      body: v.body,
      sharedWithResellers: await this.sharing(ctx, v.sharedWithResellers ?? article.sharedWithResellers),
      updatedAt: new Date(),
    });
    await flushUnique(ctx.em, 'slug');
    return article;
  }

  async setState(ctx: Ctx, id: number, state: ArticleState): Promise<KbArticle> {
    const article = await this.article(ctx, id);
    if (article.state !== state) {
      article.state = state;
      if (state === ArticleState.PUBLISHED) article.publishedAt = new Date();
      await ctx.em.flush();
    }
    return article;
  }

  async deleteArticle(ctx: Ctx, id: number): Promise<boolean> {
    await ctx.em.remove(await this.article(ctx, id)).flush();
    return true;
  }

  async settings(ctx: Ctx): Promise<{ publicKnowledgeBase: boolean }> {
    const row = await ctx.em.findOne(KbSettings, { reseller: companyOf(ctx) });
    return { publicKnowledgeBase: row?.publicKnowledgeBase ?? false };
  }

  async setSettings(ctx: Ctx, publicKnowledgeBase: boolean): Promise<{ publicKnowledgeBase: boolean }> {
    const reseller = companyOf(ctx);
    const row =
      (await ctx.em.findOne(KbSettings, { reseller })) ??
      ctx.em.create(KbSettings, { reseller: ctx.em.getReference(Reseller, reseller) });
    row.publicKnowledgeBase = publicKnowledgeBase;
    await ctx.em.flush();
    return { publicKnowledgeBase };
  }

  private async category(ctx: Ctx, id: number): Promise<KbCategory> {
    const category = await ctx.em.findOne(KbCategory, { id, reseller: companyOf(ctx) });
    if (!category) throw notFound('Category');
    return category;
  }

  /** The category an input names: another company's (or none) is bad input on that field. */
  private async categoryField(ctx: Ctx, raw: string): Promise<KbCategory> {
    const id = parseId(raw, 'categoryId');
    const category = await ctx.em.findOne(KbCategory, { id, reseller: companyOf(ctx) });
    if (!category) throw badInput([{ field: 'categoryId', message: 'is not a category of your company' }]);
    return category;
  }

  /** Only the master's articles can be shared (a reseller has no resellers under it). */
  private async sharing(ctx: Ctx, shared: boolean): Promise<boolean> {
    if (!shared) return false;
    const company = await ctx.em.findOneOrFail(Reseller, { id: companyOf(ctx) });
    if (!company.isRoot)
      throw badInput([{ field: 'sharedWithResellers', message: 'only the master company shares articles' }]);
    return true;
  }
}

/** The viewer's own company: what an admin edits, the master admin included. */
export const companyOf = (ctx: Ctx): number => ctx.viewer!.resellerId;

/** Flushes; a duplicate slug is bad input on `field`, and nothing is written. */
async function flushUnique(em: EntityManager, field: string): Promise<void> {
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) {
      em.clear();
      throw badInput([{ field, message: 'is already used by another of your company’s entries' }]);
    }
    throw e;
  }
}
