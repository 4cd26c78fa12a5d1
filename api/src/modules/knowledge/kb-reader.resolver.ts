import {
  Arg,
  Args,
  Ctx as Context,
  Extensions,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { fieldCost } from '../../graphql/cost';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { ListBound } from '../../graphql/list-bound';
import { PageArgs, type Connection } from '../../graphql/pagination';
import { Language } from '../../graphql/presentation';
import { unscoped } from '../../db/scope';
import { parseId } from '../../errors';
import type { KnowledgeApi } from './api';
import { KbArticle } from './kb-article.entity';
import { KbCategory } from './kb-category.entity';
import { KbArticleConnection } from './knowledge.inputs';
import { excerptOf, renderMarkdown } from './markdown';
import { SUGGESTIONS } from './kb-reader.service';

/**
 * Readers of the knowledge base: signed-in users, and anyone on a company's host when it made its
 * knowledge base public (otherwise UNAUTHENTICATED). Published articles only.
 */
@Resolver()
export class KbReaderResolver {
  constructor(private readonly api: KnowledgeApi) {}

  @Access('public')
  @Query(() => Boolean, { description: 'Whether this host’s knowledge base is readable without signing in.' })
  kbIsPublic(@Context() ctx: Ctx): Promise<boolean> {
    return this.api.readers.isPublic(ctx);
  }

  @Access('public')
  @ListBound(500)
  @Query(() => [KbCategory], {
    description:
      'The knowledge base’s categories (of one language when given). Signed in, or on a public knowledge base.',
  })
  kbCategories(
    @Context() ctx: Ctx,
    @Arg('language', () => Language, { nullable: true }) language: Language | null,
  ): Promise<KbCategory[]> {
    return this.api.readers.categories(ctx, language ?? null);
  }

  @Access('public')
  @Query(() => KbArticleConnection, { description: 'Published articles, newest first (of one category or language).' })
  kbArticles(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('categoryId', () => ID, { nullable: true }) categoryId: string | null,
    @Arg('language', () => Language, { nullable: true }) language: Language | null,
  ): Promise<Connection<KbArticle>> {
    return this.api.readers.articles(ctx, page, { categoryId: categoryId ?? null, language: language ?? null });
  }

  @Access('public')
  @Query(() => KbArticle, { description: 'One published article, by `id` or `slug`; NOT_FOUND otherwise.' })
  kbArticle(
    @Context() ctx: Ctx,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
  ): Promise<KbArticle> {
    return this.api.readers.article(ctx, { id: id ?? null, slug: slug ?? null });
  }

  @Access('public')
  @ListBound(20)
  @Query(() => [KbArticle], {
    description: 'Published articles matching the words of `query` (up to 200 characters), most relevant first.',
  })
  kbSearch(
    @Context() ctx: Ctx,
    @Arg('query', () => String) query: string,
    @Arg('language', () => Language, { nullable: true, description: 'Default: yours, else English.' })
    language: Language | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many (1 to 20).' }) first: number,
  ): Promise<KbArticle[]> {
    return this.api.readers.search(ctx, query, language ?? null, first);
  }

  @Access('user')
  @ListBound(SUGGESTIONS)
  @Query(() => [KbArticle], {
    description:
      'Articles that may answer a ticket being written (its subject and first lines, up to 2,000 characters), best first.',
  })
  kbSuggestions(
    @Context() ctx: Ctx,
    @Arg('subject', () => String) subject: string,
    @Arg('body', () => String, { defaultValue: '' }) body: string,
    @Arg('language', () => Language, { nullable: true, description: 'Default: yours, else English.' })
    language: Language | null,
  ): Promise<KbArticle[]> {
    return this.api.readers.suggestions(ctx, subject, body, language ?? null);
  }

  @Access('user')
  @Mutation(() => KbArticle, {
    description: 'Your answer to “was this helpful?” (one per article; a new one replaces it).',
  })
  markArticleHelpful(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('helpful', () => Boolean) helpful: boolean,
  ): Promise<KbArticle> {
    return this.api.feedback.markHelpful(ctx, parseId(id), helpful);
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description:
      'A suggested article answered your question and you did not send the ticket (counted for your company).',
  })
  recordDeflection(@Context() ctx: Ctx, @Arg('articleId', () => ID) articleId: string): Promise<boolean> {
    return this.api.feedback.recordDeflection(ctx, parseId(articleId, 'articleId'));
  }
}

/** What an article shows besides its columns: its HTML, an excerpt, its category. */
@Resolver(() => KbArticle)
export class KbArticleFieldsResolver {
  // Rendering up to 100,000 characters of Markdown: about a database round trip's work.
  @Extensions(fieldCost(100))
  @FieldResolver(() => String, { description: 'The text as safe HTML (no raw HTML; links and images checked).' })
  html(@Root() article: KbArticle): string {
    return renderMarkdown(article.body);
  }

  @Extensions(fieldCost(20)) // renders the text's first 2,000 characters
  @FieldResolver(() => String, { description: 'The start of the text, as plain text (about 200 characters).' })
  excerpt(@Root() article: KbArticle): string {
    return excerptOf(article.body.slice(0, 2000));
  }

  @Extensions(fieldCost(100)) // one query per category not yet loaded in the request
  @FieldResolver(() => KbCategory, { description: 'The category it is listed in.' })
  async category(@Context() ctx: Ctx, @Root() article: KbArticle): Promise<KbCategory> {
    // Readers may see the master's shared articles, whose categories are the master's.
    return ctx.em.findOneOrFail(
      KbCategory,
      { id: article.category.id },
      unscoped('the category of an article the reader was allowed to see'),
    );
  }
}
