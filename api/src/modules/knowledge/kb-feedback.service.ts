import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { sqlDate } from '../../db/raw-sql';
import { Account } from '../accounts';
import { User } from '../identity';
import { Reseller } from '../resellers';
import { KbArticle } from './kb-article.entity';
import { KbDeflection } from './kb-deflection.entity';
import { KbFeedback } from './kb-feedback.entity';
import type { KbReaderService } from './kb-reader.service';
import { preparedAll } from '../../db/prepared';

/**
 * How many tickets a company's customers opened since a date. The tickets area registers it
 * (`knowledge.ticketsOpenedWith`); without it the dashboard shows deflections without a rate.
 */
export type TicketsOpenedCounter = (em: EntityManager, companyId: number, since: Date) => Promise<number>;

export const STATS_DAYS = 30;

/** Readers' answers ("was this helpful", "this answered my question") and the dashboard's figures from them. */
export class KbFeedbackService {
  private ticketsOpened: TicketsOpenedCounter | null = null;

  constructor(private readonly readers: KbReaderService) {}

  /** Registers how tickets opened are counted, once (the tickets area, from its manifest). */
  ticketsOpenedWith(counter: TicketsOpenedCounter): void {
    if (this.ticketsOpened) throw new Error('A tickets-opened counter is already registered');
    this.ticketsOpened = counter;
  }

  /** The reader's answer: one per user and article; a changed answer moves its count. */
  async markHelpful(ctx: Ctx, id: number, helpful: boolean): Promise<KbArticle> {
    const article = await this.readers.visibleArticle(ctx, id);
    const userId = ctx.viewer!.userId;
    try {
      await this.answer(ctx, id, userId, helpful);
    } catch (e) {
      // The same user's first answer sent twice at once: the other request wrote the row; answer again over it.
      if (!(e instanceof UniqueConstraintViolationException)) throw e;
      ctx.em.clear();
      await this.answer(ctx, id, userId, helpful);
    }
    const [counts] = await preparedAll<{ h: number | string; n: number | string }>(
      ctx.em,
      'select helpful_count as h, not_helpful_count as n from kb_article where id = ?',
      [id],
    );
    article.helpfulCount = Number(counts!.h);
    article.notHelpfulCount = Number(counts!.n);
    return article;
  }

  private answer(ctx: Ctx, id: number, userId: number, helpful: boolean): Promise<void> {
    return ctx.em.transactional(async (em) => {
      const before = await em.findOne(KbFeedback, { article: id, user: userId });
      if (before?.helpful === helpful) return;
      if (before) {
        before.helpful = helpful;
        before.at = new Date();
      } else {
        em.create(KbFeedback, {
          article: em.getReference(KbArticle, id),
          user: em.getReference(User, userId),
          helpful,
        });
      }
      await em.flush();
      // Counted in SQL, not from the loaded row: answers by others may land at the same time.
      const [up, down] = helpful ? ['helpful_count', 'not_helpful_count'] : ['not_helpful_count', 'helpful_count'];
      const undo = before ? `, ${down} = ${down} - 1` : '';
      await preparedAll(em, `update kb_article set ${up} = ${up} + 1${undo} where id = ?`, [id]);
    });
  }

  /** A suggestion answered the question and the ticket was not sent: counted for the reader's company. */
  async recordDeflection(ctx: Ctx, articleId: number): Promise<boolean> {
    await this.readers.visibleArticle(ctx, articleId);
    const viewer = ctx.viewer!;
    const accountId = viewer.session.activeAccount?.id ?? null;
    ctx.em.create(KbDeflection, {
      reseller: ctx.em.getReference(Reseller, viewer.resellerId),
      article: ctx.em.getReference(KbArticle, articleId),
      user: ctx.em.getReference(User, viewer.userId),
      account: accountId ? ctx.em.getReference(Account, accountId) : null,
    });
    await ctx.em.flush();
    return true;
  }

  /** The company's figures for its dashboard. */
  async stats(ctx: Ctx) {
    const company = ctx.viewer!.resellerId;
    const since = new Date(Date.now() - STATS_DAYS * 86_400_000);
    const [articles] = await preparedAll<Record<string, number | string | null>>(
      ctx.em,
      `select sum(case when state = 'PUBLISHED' then 1 else 0 end) as published, sum(case when state = 'DRAFT' then 1 else 0 end) as drafts, ` +
        'sum(views) as views, sum(helpful_count) as helpful, sum(not_helpful_count) as not_helpful from kb_article where reseller_id = ?',
      [company],
    );
    const [deflected] = await preparedAll<{ n: number | string }>(
      ctx.em,
      'select count(*) as n from kb_deflection where reseller_id = ? and at >= ?',
      [company, sqlDate(ctx.em, since)],
    );
    const n = (v: number | string | null | undefined) => Number(v ?? 0);
    const helpful = n(articles?.helpful);
    const notHelpful = n(articles?.not_helpful);
    const deflections = n(deflected?.n);
    const ticketsOpened = this.ticketsOpened ? await this.ticketsOpened(ctx.em, company, since) : null;
    return {
      publishedArticles: n(articles?.published),
      draftArticles: n(articles?.drafts),
      views: n(articles?.views),
      helpful,
      notHelpful,
      helpfulRatio: helpful + notHelpful ? helpful / (helpful + notHelpful) : null,
      periodDays: STATS_DAYS,
      deflections,
      ticketsOpened,
      deflectionRate:
        ticketsOpened === null || deflections + ticketsOpened === 0
          ? null
          : deflections / (deflections + ticketsOpened),
    };
  }
}
