import type { Download, Locator, Page, Response } from 'playwright-core';
import { tid } from '../support/tid';

export type PaletteKey = 'primary' | 'accent' | 'neutral' | 'success' | 'warning' | 'danger';

/** A file handed to a file input: name, type and bytes. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Waits for the panel's GraphQL call naming `field` (a query or mutation field) to come back after `action`. */
export async function afterGraphql(page: Page, field: string, action: () => Promise<void>): Promise<Response> {
  const pattern = new RegExp(`\\b${field}\\b`);
  const response = page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname === '/graphql' &&
      r.request().method() === 'POST' &&
      pattern.test(r.request().postData() ?? ''),
  );
  await action();
  return response;
}

/** Admin: the brand editor (/admin/brand): gallery, draft, preview, publish, versions, theme files. */
export class BrandPage {
  readonly root: Locator;
  readonly name: Locator;
  readonly status: Locator;
  readonly notice: Locator;
  readonly formError: Locator;
  readonly save: Locator;
  readonly preview: Locator;
  readonly publish: Locator;
  readonly discard: Locator;
  readonly logoFile: Locator;
  readonly logoImage: Locator;
  readonly faviconFile: Locator;
  readonly importFile: Locator;
  readonly importError: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-brand'));
    this.name = page.locator(tid('brand-name'));
    this.status = page.locator(tid('brand-status'));
    this.notice = this.root.locator(tid('notice'));
    this.formError = this.root.locator(tid('form-error'));
    this.save = page.locator(tid('brand-save'));
    this.preview = page.locator(tid('brand-preview'));
    this.publish = page.locator(tid('brand-publish'));
    this.discard = page.locator(tid('brand-discard'));
    this.logoFile = page.locator(tid('brand-logo-file'));
    this.logoImage = page.locator(tid('brand-logo-image'));
    this.faviconFile = page.locator(tid('brand-favicon-file'));
    this.importFile = page.locator(tid('brand-import-file'));
    this.importError = page.locator(`${tid('brand-file')} [role="alert"]`);
    this.exportButton = page.locator(tid('brand-export'));
  }

  async open(): Promise<void> {
    await this.page.goto('/admin/brand');
    await this.name.waitFor();
  }

  colour(key: PaletteKey): Locator {
    return this.page.locator(tid(`brand-color-${key}`));
  }

  contrast(key: PaletteKey): Locator {
    return this.page.locator(tid(`brand-contrast-${key}`));
  }

  fieldError(field: string): Locator {
    return this.page.locator(tid(`error-${field}`));
  }

  /** The gallery card's "Start a draft from this"; waits for the draft to be saved and the form to show it. */
  async startFrom(themeName: string): Promise<void> {
    const card = this.page.locator(`${tid('brand-gallery-theme')}[data-name="${themeName}"]`);
    await afterGraphql(this.page, 'saveBrandDraft', () => card.locator(tid('brand-gallery-use')).click());
    await this.page.locator(`${tid('brand-name')}[value="${themeName}"]`).waitFor();
  }

  async setColour(key: PaletteKey, hex: string): Promise<void> {
    await this.colour(key).fill(hex);
  }

  /** Uploads a logo (or favicon) and waits until the form shows it. */
  async upload(kind: 'logo' | 'favicon', file: UploadFile): Promise<void> {
    const input = kind === 'logo' ? this.logoFile : this.faviconFile;
    await afterGraphql(this.page, 'uploadBrandImage', () => input.setInputFiles(file));
    await this.page.locator(tid(`brand-${kind}-image`)).waitFor();
  }

  /** Overrides one message: searched by its key, then picked, written and added to the list. */
  async overrideText(key: string, language: 'EN' | 'DE', text: string): Promise<void> {
    await this.page.locator(tid('brand-text-search')).fill(key);
    await this.page.locator(tid('brand-text-key')).selectOption(key);
    await this.page.locator(tid('brand-text-language')).selectOption(language);
    await this.page.locator(tid('brand-text-value')).fill(text);
    await this.page.locator(tid('brand-text-add')).click();
    await this.page.locator(`${tid('brand-text-row')}[data-key="${key}"][data-language="${language}"]`).waitFor();
  }

  async saveDraft(): Promise<Response> {
    return afterGraphql(this.page, 'saveBrandDraft', () => this.save.click());
  }

  async publishDraft(): Promise<void> {
    await afterGraphql(this.page, 'publishBrandDraft', () => this.publish.click());
    await this.notice.waitFor();
  }

  version(number: number): Locator {
    return this.page.locator(`${tid('brand-version')}[data-number="${number}"]`);
  }

  async rollbackTo(number: number): Promise<void> {
    await afterGraphql(this.page, 'rollbackBrand', () => this.page.locator(tid(`brand-rollback-${number}`)).click());
    await this.page.locator(`${tid('brand-version')}[data-number="${number}"][data-current="true"]`).waitFor();
  }

  /** Exports the published theme; resolves the download (its file name and content). */
  async exportShown(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, text: Buffer.concat(chunks).toString('utf8') };
  }

  async importTheme(fileName: string, text: string): Promise<Response> {
    return afterGraphql(this.page, 'importBrand', () =>
      this.importFile.setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) }),
    );
  }
}

/** The banner on top of the panel while an admin previews the draft theme. */
export class PreviewBanner {
  readonly root: Locator;
  readonly publish: Locator;
  readonly editor: Locator;
  readonly leave: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('preview-banner'));
    this.publish = page.locator(tid('preview-publish'));
    this.editor = page.locator(tid('preview-editor'));
    this.leave = page.locator(tid('preview-leave'));
  }
}
