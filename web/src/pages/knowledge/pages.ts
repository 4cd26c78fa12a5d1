export { AdminKnowledgePage } from './AdminKnowledgePage';
export { ArticleEditorPage } from './ArticleEditorPage';
export { KnowledgeArticlePage, KnowledgePage } from './KnowledgePage';
export { PublicKbPage } from './PublicKbPage';
