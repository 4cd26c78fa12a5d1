import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { ListBound } from '../../graphql/list-bound';
import { PageArgs, type Connection } from '../../graphql/pagination';
import { Language } from '../../graphql/presentation';
import { parseId } from '../../errors';
import { ArticleState } from './enums';
import type { KnowledgeApi } from './api';
import { KbArticle } from './kb-article.entity';
import { KbCategory } from './kb-category.entity';
import { KbArticleConnection, KbArticleInput, KbCategoryInput, KbSettingsView, KbStats } from './knowledge.inputs';
import { renderMarkdown } from './markdown';

/** The company's admins write its knowledge base (SUP-2). */
@Resolver()
export class KbAdminResolver {
  constructor(private readonly api: KnowledgeApi) {}

  @Access('staff')
  @ListBound(500)
  @Query(() => [KbCategory], { description: 'Your company’s knowledge-base categories (of one language when given).' })
  kbAdminCategories(
    @Context() ctx: Ctx,
    @Arg('language', () => Language, { nullable: true }) language: Language | null,
  ): Promise<KbCategory[]> {
    return this.api.admin.categories(ctx, language ?? null);
  }

  @Access('staff')
  @Query(() => KbArticleConnection, {
    description: 'Your company’s articles, drafts included, newest first; `search` looks in titles.',
  })
  kbAdminArticles(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('state', () => ArticleState, { nullable: true }) state: ArticleState | null,
    @Arg('categoryId', () => ID, { nullable: true }) categoryId: string | null,
  ): Promise<Connection<KbArticle>> {
    return this.api.admin.articles(ctx, page, { state: state ?? null, categoryId: categoryId ?? null });
  }

  @Access('staff')
  @Query(() => KbArticle, { description: 'One of your company’s articles, drafts included; NOT_FOUND otherwise.' })
  kbAdminArticle(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<KbArticle> {
    return this.api.admin.article(ctx, parseId(id));
  }

  @Access('staff')
  @Query(() => String, {
    description: 'Markdown as the knowledge base shows it (safe HTML), for the editor’s preview.',
  })
  kbPreview(@Arg('body', () => String) body: string): string {
    return renderMarkdown(body.slice(0, 100_000));
  }

  @Access('staff')
  @Query(() => KbSettingsView, { description: 'Your company’s knowledge-base settings.' })
  kbSettings(@Context() ctx: Ctx): Promise<KbSettingsView> {
    return this.api.admin.settings(ctx);
  }

  @Access('staff')
  @Query(() => KbStats, {
    description: 'How the knowledge base serves your customers: articles, answers, deflections.',
  })
  kbStats(@Context() ctx: Ctx): Promise<KbStats> {
    return this.api.feedback.stats(ctx);
  }

  @Access('admin')
  @Mutation(() => KbSettingsView, {
    description: 'Whether your published articles are readable without signing in, at /kb on your panel host.',
  })
  setKbSettings(
    @Context() ctx: Ctx,
    @Arg('publicKnowledgeBase', () => Boolean) publicKnowledgeBase: boolean,
  ): Promise<KbSettingsView> {
    return this.api.admin.setSettings(ctx, publicKnowledgeBase);
  }

  @Access('staff')
  @Mutation(() => KbCategory, { description: 'Adds a knowledge-base category.' })
  createKbCategory(
    @Context() ctx: Ctx,
    @Arg('input', () => KbCategoryInput) input: KbCategoryInput,
  ): Promise<KbCategory> {
    return this.api.admin.createCategory(ctx, input);
  }

  @Access('staff')
  @Mutation(() => KbCategory, { description: 'Saves a category (its language only while it holds no article).' })
  updateKbCategory(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => KbCategoryInput) input: KbCategoryInput,
  ): Promise<KbCategory> {
    return this.api.admin.updateCategory(ctx, parseId(id), input);
  }

  @Access('staff')
  @Mutation(() => Boolean, { description: 'Deletes an empty category; CONFLICT while it holds articles.' })
  deleteKbCategory(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.admin.deleteCategory(ctx, parseId(id));
  }

  @Access('staff')
  @Mutation(() => KbArticle, { description: 'Writes a new article, as a draft.' })
  createKbArticle(@Context() ctx: Ctx, @Arg('input', () => KbArticleInput) input: KbArticleInput): Promise<KbArticle> {
    return this.api.admin.createArticle(ctx, input);
  }

  @Access('staff')
  @Mutation(() => KbArticle, { description: 'Saves an article; a published one stays published.' })
  updateKbArticle(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => KbArticleInput) input: KbArticleInput,
  ): Promise<KbArticle> {
    return this.api.admin.updateArticle(ctx, parseId(id), input);
  }

  @Access('staff')
  @Mutation(() => KbArticle, { description: 'Publishes an article: its readers see it from now on.' })
  publishKbArticle(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<KbArticle> {
    return this.api.admin.setState(ctx, parseId(id), ArticleState.PUBLISHED);
  }

  @Access('staff')
  @Mutation(() => KbArticle, { description: 'Takes an article back to draft: readers no longer see it.' })
  unpublishKbArticle(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<KbArticle> {
    return this.api.admin.setState(ctx, parseId(id), ArticleState.DRAFT);
  }

  @Access('staff')
  @Mutation(() => Boolean, { description: 'Deletes an article, with its readers’ answers.' })
  deleteKbArticle(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.admin.deleteArticle(ctx, parseId(id));
  }
}
