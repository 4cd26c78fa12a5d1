import { registerEnumType } from 'type-graphql';

/** Whether customers can read an article: drafts only its company's admins see. */
export enum ArticleState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ArticleState, {
  name: 'KbArticleState',
  description: 'DRAFT: only the company’s admins see it; PUBLISHED: its customers (and the public pages) read it.',
});
