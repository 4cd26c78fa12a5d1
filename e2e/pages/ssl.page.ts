import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterMutation } from '../support/network';
import { tid } from '../support/tid';
import { Layout } from './layout.page';

/** What the API answered to a mutation the panel sent: its data, or its errors. */
export interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface PemUpload {
  certificate: string;
  privateKey?: string;
  chain?: string;
  /** Load the texts through the file inputs instead of typing them. */
  asFiles?: boolean;
}

/** A file the browser saved: its suggested name and its text. */
export interface Saved {
  name: string;
  text: string;
}

/** The SSL card on a domain's page (`domain-ssl`). */
export class SslCard {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('domain-ssl'));
  }

  el(id: string): Locator {
    return this.root.locator(tid(id));
  }

  /** The state as stored (REQUESTED, ACTIVE…), or NONE without a certificate. */
  async state(): Promise<string | null> {
    return this.el('ssl-state').getAttribute('data-status');
  }

  async text(id: 'ssl-issuer' | 'ssl-fingerprint' | 'ssl-serial' | 'ssl-source' | 'ssl-key-type'): Promise<string> {
    return (await this.el(id).innerText()).trim();
  }

  async names(): Promise<string[]> {
    return this.el('ssl-names')
      .locator('li')
      .evaluateAll((li) => li.map((l) => (l.textContent ?? '').trim()));
  }

  async expiry(): Promise<{ level: string | null; days: number }> {
    const note = this.el('ssl-expiry');
    return { level: await note.getAttribute('data-level'), days: Number(await note.getAttribute('data-days')) };
  }

  fieldError(field: 'certificate' | 'privateKey' | 'chain'): Locator {
    return this.root.locator(tid(`error-${field}`));
  }

  /** Opens the upload form (if closed), fills it and sends it; resolves with the API's answer. */
  async upload(input: PemUpload): Promise<Answer<{ uploadSiteCertificate: { id: string; state: string } }>> {
    const form = this.el('ssl-upload-form');
    if (!(await form.isVisible())) await this.el('ssl-upload').click();
    await form.waitFor();
    for (const field of ['certificate', 'privateKey', 'chain'] as const) {
      const value = input[field] ?? '';
      if (input.asFiles && value) {
        await this.el(`ssl-form-${field}-file`).setInputFiles({
          name: field === 'privateKey' ? 'site.key' : `${field}.pem`,
          mimeType: 'application/x-pem-file',
          buffer: Buffer.from(value),
        });
        await this.page.waitForFunction(
          ([sel, v]) => (document.querySelector(sel) as HTMLTextAreaElement | null)?.value === v,
          [`${tid('domain-ssl')} ${tid(`ssl-form-${field}`)}`, value] as const,
        );
      } else await this.el(`ssl-form-${field}`).fill(value);
    }
    const res = await afterMutation(this.page, 'uploadSiteCertificate', () => this.el('ssl-form-submit').click());
    return (await res.json()) as Answer<{ uploadSiteCertificate: { id: string; state: string } }>;
  }

  /** Whether the open upload form says the key may be left out (a signing request is pending). */
  async uploadFormSaysKeyOptional(): Promise<boolean> {
    const form = this.el('ssl-upload-form');
    if (!(await form.isVisible())) await this.el('ssl-upload').click();
    return (await form.getAttribute('data-request-pending')) === 'true';
  }

  /** Makes a signing request with the key type chosen; resolves with the API's answer. */
  async requestCsr(keyType: string): Promise<Answer<{ requestSiteCertificate: { id: string; csrPem: string } }>> {
    await this.el('ssl-request').click();
    await this.el('ssl-request-key-type').selectOption(keyType);
    const res = await afterMutation(this.page, 'requestSiteCertificate', () => this.el('ssl-request-submit').click());
    return (await res.json()) as Answer<{ requestSiteCertificate: { id: string; csrPem: string } }>;
  }

  /** The signing request's PEM as the card shows it, once shown. */
  async csr(): Promise<string> {
    await this.el('ssl-csr').waitFor();
    return (await this.el('ssl-csr').textContent()) ?? '';
  }

  private async save(button: string): Promise<Saved> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.el(button).click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
  }

  downloadCertificate(): Promise<Saved> {
    return this.save('ssl-download-certificate');
  }

  downloadChain(): Promise<Saved> {
    return this.save('ssl-download-chain');
  }

  /** Downloads the uploaded key with the customer's password. */
  async downloadKey(password: string): Promise<Saved> {
    if (!(await this.el('ssl-key-form').isVisible())) await this.el('ssl-key-open').click();
    await this.el('ssl-key-password').fill(password);
    return this.save('ssl-key-submit');
  }

  downloadCsr(): Promise<Saved> {
    return this.save('ssl-csr-download');
  }

  async remove(): Promise<void> {
    await this.el('ssl-remove').click();
    await afterMutation(this.page, 'deleteCertificate', () => this.el('ssl-remove-confirm').click());
  }
}

/** Admin: the company's certificates (/admin/certificates). */
export class AdminCertificatesPage {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(tid('page-admin-certificates'));
    this.rows = page.locator(tid('certificate-row'));
  }

  async open(): Promise<void> {
    await new Layout(this.page).navigate('admin-certificates');
    await this.page.locator(tid('certificates-table')).waitFor();
  }

  async shown(): Promise<{ name: string; state: string; issuer: string; expires: string | null }[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((r) => ({
        name: r.getAttribute('data-name') ?? '',
        state: r.getAttribute('data-state') ?? '',
        issuer: (r.querySelector('[data-test-id="certificate-issuer"]')?.textContent ?? '').trim(),
        expires: r.querySelector('[data-test-id="certificate-expires"]')?.getAttribute('data-value') ?? null,
      })),
    );
  }

  async filterByAccount(id: string): Promise<void> {
    const input = this.page.locator(tid('certificates-account'));
    await input.fill(id);
    await input.press('Enter');
  }
}
