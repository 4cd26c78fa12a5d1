import type { Locator, Page } from 'playwright-core';
import { tid } from '../support/tid';

/** Admins' knowledge base page (/admin/knowledge) and its article editor. */
export class KnowledgeAdminPage {
  readonly categoryName: Locator;
  readonly addCategory: Locator;
  readonly newArticle: Locator;
  readonly title: Locator;
  readonly body: Locator;
  readonly save: Locator;
  readonly previewButton: Locator;
  readonly preview: Locator;
  readonly publish: Locator;
  readonly editorState: Locator;
  readonly notice: Locator;
  readonly stats: Locator;

  constructor(readonly page: Page) {
    this.categoryName = page.locator(tid('kb-category-name'));
    this.addCategory = page.locator(tid('kb-category-add'));
    this.newArticle = page.locator(tid('kb-new-article'));
    this.title = page.locator(tid('kb-title'));
    this.body = page.locator(tid('kb-body'));
    this.save = page.locator(tid('kb-save'));
    this.previewButton = page.locator(tid('kb-preview-button'));
    this.preview = page.locator(tid('kb-preview-body'));
    this.publish = page.locator(tid('kb-publish'));
    this.editorState = page.locator(tid('kb-editor-state'));
    this.notice = page.locator(tid('notice'));
    this.stats = page.locator(tid('kb-stats'));
  }

  categoryRows(): Locator {
    return this.page.locator(tid('kb-category-row'));
  }

  articleRow(slug: string): Locator {
    return this.page.locator(`${tid('kb-admin-article-row')}[data-slug="${slug}"]`);
  }

  statsFigure(id: string): Locator {
    return this.page.locator(tid(`kb-stats-${id}`));
  }
}

/** Readers' knowledge base: in the panel (/knowledge) or public (/kb). */
export class KnowledgeReaderPage {
  readonly search: Locator;
  readonly searchSubmit: Locator;
  readonly results: Locator;
  readonly article: Locator;
  readonly articleTitle: Locator;
  readonly articleBody: Locator;
  readonly helpfulYes: Locator;
  readonly helpfulThanks: Locator;
  readonly askSubject: Locator;
  readonly askBody: Locator;
  readonly suggestions: Locator;
  readonly signInPrompt: Locator;

  constructor(readonly page: Page) {
    this.search = page.locator(tid('kb-search'));
    this.searchSubmit = page.locator(tid('kb-search-submit'));
    this.results = page.locator(tid('kb-results-list'));
    this.article = page.locator(tid('kb-article'));
    this.articleTitle = page.locator(tid('kb-article-title'));
    this.articleBody = page.locator(tid('kb-article-body'));
    this.helpfulYes = page.locator(tid('kb-helpful-yes'));
    this.helpfulThanks = page.locator(tid('kb-helpful-thanks'));
    this.askSubject = page.locator(tid('kb-ask-subject'));
    this.askBody = page.locator(tid('kb-ask-body'));
    this.suggestions = page.locator(tid('kb-suggestions'));
    this.signInPrompt = page.locator(tid('kb-sign-in'));
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.searchSubmit.click();
  }

  /** The slugs of the articles listed under `list` (results, articles). */
  async slugs(list: 'kb-results-list' | 'kb-articles'): Promise<string[]> {
    return this.page
      .locator(`${tid(list)} ${tid('kb-article-row')}`)
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slug') ?? ''));
  }

  suggestion(slug: string): Locator {
    return this.page.locator(`${tid('kb-suggestion')}[data-slug="${slug}"]`);
  }
}
