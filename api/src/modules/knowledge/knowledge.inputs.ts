import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ConnectionType } from '../../graphql/pagination';
import { Language } from '../../graphql/presentation';
import { KbArticle } from './kb-article.entity';

@InputType({ description: 'A knowledge-base category’s fields.' })
export class KbCategoryInput {
  @Field(() => String, { description: 'The name shown to readers (1–100 characters).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Lower-case letters, digits and dashes (up to 100); absent: made from the name.',
  })
  slug?: string | null;

  @Field(() => Language, { description: 'The language of the category and its articles.' })
  language!: Language;

  @Field(() => Int, { nullable: true, description: 'Where it is listed: lower first (0 when absent).' })
  position?: number | null;
}

@InputType({ description: 'A knowledge-base article’s fields.' })
export class KbArticleInput {
  @Field(() => ID, { description: 'Its category (of your company); the article takes its language.' })
  categoryId!: string;

  @Field(() => String, { description: 'The title (1–200 characters).' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Lower-case letters, digits and dashes (up to 120), unique in the company; absent: made from the title.',
  })
  slug?: string | null;

  @Field(() => String, { description: 'The text in Markdown (up to 100,000 characters; raw HTML is shown as text).' })
  body!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The master company only: resellers’ customers read it too once published (default false).',
  })
  sharedWithResellers?: boolean | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .regex(SLUG, 'must be lower-case letters, digits and single dashes')
    .nullish();

export const categorySchema = z.object({
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  slug: slug(100),
  language: z.enum(Language),
  position: z.number().int().min(0, 'must be 0 or more').max(10_000, 'must be at most 10000').nullish(),
});

export const articleSchema = z.object({
  categoryId: z.string(),
  title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  slug: slug(120),
  body: z.string().max(100_000, 'must be at most 100000 characters'),
  sharedWithResellers: z.boolean().nullish(),
});

/** A slug made from a title: ASCII letters and digits, dashes between words. */
export function slugFrom(text: string, max: number): string {
  const made = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
  return made || 'article';
}

export const KbArticleConnection = ConnectionType(KbArticle, 'KbArticle');

@ObjectType({ description: 'A company’s knowledge-base settings.' })
export class KbSettingsView {
  @Field(() => Boolean, {
    description: 'Its published articles are readable without signing in, at /kb on its panel host.',
  })
  publicKnowledgeBase!: boolean;
}

@ObjectType({ description: 'How the knowledge base serves the company’s customers (admin dashboard).' })
export class KbStats {
  @Field(() => Int, { description: 'Published articles of the company.' })
  publishedArticles!: number;

  @Field(() => Int, { description: 'Draft articles of the company.' })
  draftArticles!: number;

  @Field(() => Int, { description: 'How often its articles were opened, in all.' })
  views!: number;

  @Field(() => Int, { description: '“Helpful” answers on its articles.' })
  helpful!: number;

  @Field(() => Int, { description: '“Not helpful” answers on its articles.' })
  notHelpful!: number;

  @Field(() => Float, { nullable: true, description: 'helpful / (helpful + not helpful); null before any answer.' })
  helpfulRatio!: number | null;

  @Field(() => Int, { description: 'Days the figures below cover (30).' })
  periodDays!: number;

  @Field(() => Int, { description: 'Questions a suggested article answered, the ticket not sent, in the period.' })
  deflections!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Tickets the company’s customers opened in the period; null where tickets are not counted.',
  })
  ticketsOpened!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'deflections / (deflections + tickets opened); null without a ticket count or when both are 0.',
  })
  deflectionRate!: number | null;
}
