import { defineArea, lazyPage, SUPPORT_DESK } from '../../app/area';
import { ADMIN_KNOWLEDGE_PATH, KNOWLEDGE_PATH } from './pageIds';

const pages = () => import('./pages');

/**
 * The knowledge base (SUP-2): readers browse and search it in the panel, admins write it. The
 * public pages (/kb) are outside the signed-in layout: App.tsx routes `publicKnowledgeBasePage`.
 */
export const knowledgeArea = defineArea({
  id: 'knowledge',
  nav: [
    {
      id: 'knowledge',
      path: KNOWLEDGE_PATH,
      label: 'nav.knowledge',
      description: 'nav.desc.knowledge',
      icon: 'book',
      // Admins write it (below) and read it as their customers do on /kb.
      roles: ['END_USER'],
      group: 'main',
    },
    {
      id: 'admin-knowledge',
      path: ADMIN_KNOWLEDGE_PATH,
      label: 'nav.adminKnowledge',
      description: 'nav.desc.adminKnowledge',
      icon: 'bookEdit',
      roles: SUPPORT_DESK,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'knowledge',
      guard: 'knowledge',
      children: [
        { index: true, page: lazyPage(pages, 'KnowledgePage') },
        { path: ':slug', page: lazyPage(pages, 'KnowledgeArticlePage') },
      ],
    },
    {
      path: 'admin/knowledge',
      guard: 'admin-knowledge',
      children: [
        { index: true, page: lazyPage(pages, 'AdminKnowledgePage') },
        { path: 'articles/:id', page: lazyPage(pages, 'ArticleEditorPage') },
      ],
    },
  ],
  messages: {
    en: () => import('./knowledge.en').then((m) => m.knowledgeEn),
    de: () => import('./knowledge.de').then((m) => m.knowledgeDe),
  },
  pageIds: ['knowledge', 'knowledge-article', 'admin-knowledge', 'kb-article-editor', 'kb-public'],
});

/** The public knowledge base page (/kb, /kb/:slug), loaded with the area's chunk. */
export const publicKnowledgeBasePage = lazyPage(pages, 'PublicKbPage');
