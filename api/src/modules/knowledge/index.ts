import { defineModule } from '../../module';
import type { KnowledgeApi } from './api';
import { KbAdminResolver } from './kb-admin.resolver';
import { KbAdminService } from './kb-admin.service';
import { KbArticle } from './kb-article.entity';
import { KbCategory } from './kb-category.entity';
import { KbDeflection } from './kb-deflection.entity';
import { KbFeedback } from './kb-feedback.entity';
import { KbFeedbackService } from './kb-feedback.service';
import { KbArticleFieldsResolver, KbReaderResolver } from './kb-reader.resolver';
import { KbReaderService } from './kb-reader.service';
import { KbSettings } from './kb-settings.entity';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';

/**
 * The knowledge base (SUP-2): categories and Markdown articles per company and language, rendered
 * safely on the server; full-text search (FTS5, PostgreSQL text search) and suggestions while a
 * ticket is written; "was this helpful" and deflections for the admin dashboard; public pages on
 * the company's host when it wants them.
 *
 * Public API: `knowledge.ticketsOpenedWith(counter)` — the tickets area registers how it counts the
 * tickets a company's customers opened, for the deflection rate.
 */
export const knowledgeModule = defineModule<
  KnowledgeApi & { ticketsOpenedWith: KbFeedbackService['ticketsOpenedWith'] }
>({
  name: 'knowledge',
  entities: [KbCategory, KbArticle, KbFeedback, KbDeflection, KbSettings],
  migrations: { sqlite, postgresql },
  services() {
    const readers = new KbReaderService();
    const feedback = new KbFeedbackService(readers);
    return {
      admin: new KbAdminService(),
      readers,
      feedback,
      ticketsOpenedWith: (counter) => feedback.ticketsOpenedWith(counter),
    };
  },
  resolvers: [KbAdminResolver, KbReaderResolver, KbArticleFieldsResolver],
});

export type { TicketsOpenedCounter } from './kb-feedback.service';
export { KbArticle } from './kb-article.entity';
/** For the bench: the search statement it runs directly, beside the GraphQL path. */
export { articleSearchSql, searchTerms } from './search';
export { SEARCH_MAX_TERMS } from './kb-reader.service';
