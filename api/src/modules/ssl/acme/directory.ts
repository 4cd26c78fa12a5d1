import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import tls from 'node:tls';
import type { EntityManager } from '@mikro-orm/core';
import * as acme from 'acme-client';
import type { Core } from '../../../module';
import type { SslSettings } from '../settings';
import { AcmeAccount } from './acme-account.entity';

/**
 * The panel's ACME account (acme-client, RFC 8555): the directory the master admin chose, its
 * sealed account key (made on first use), registered at the directory on the first order.
 */
export class AcmeDirectory {
  private trusted = false;

  constructor(
    private readonly core: Pick<Core, 'secrets'>,
    private readonly settings: SslSettings,
  ) {}

  /**
   * acme-client speaks through one shared HTTP client: a private CA to trust is the process's
   * setting, read on first use. The trust store is built once and connections are kept alive (as
   * Node's default agent does): an agent given `ca` parses the ~150 roots again for every new
   * connection, which made the panel 30× slower than acme-client alone in the ACME bench.
   */
  private trust(): void {
    if (this.trusted || !this.settings.caFile) return;
    const secureContext = tls.createSecureContext({
      ca: [...tls.rootCertificates, fs.readFileSync(this.settings.caFile, 'utf8')],
    });
    acme.axios.defaults.httpsAgent = new https.Agent({ keepAlive: true, secureContext });
    this.trusted = true;
  }

  /** The account row, made (with the default directory and a new key) when there is none yet. */
  async account(em: EntityManager): Promise<AcmeAccount> {
    const found = await em.findOne(AcmeAccount, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
    if (found) return found;
    const key = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const account = em.create(AcmeAccount, {
      directoryUrl: this.settings.defaultDirectoryUrl,
      sealedKey: this.core.secrets.seal(key.export({ type: 'pkcs8', format: 'pem' }).toString()),
    });
    await em.flush();
    return account;
  }

  /** Chooses the directory and contact address; a new directory (or address) registers again on the next order. */
  async choose(em: EntityManager, directoryUrl: string, email: string | null): Promise<AcmeAccount> {
    const account = await this.account(em);
    if (account.directoryUrl !== directoryUrl || account.email !== email) account.accountUrl = null;
    account.directoryUrl = directoryUrl;
    account.email = email;
    await em.flush();
    return account;
  }

  /**
   * A client of the chosen directory on the account, registered there (agreeing to its terms, as the
   * master admin did by choosing it) when it is not yet; the account URL is kept for later orders.
   */
  async client(em: EntityManager): Promise<acme.Client> {
    this.trust();
    const account = await this.account(em);
    const accountKey = this.core.secrets.open(account.sealedKey);
    const client = new acme.Client({
      directoryUrl: account.directoryUrl,
      accountKey,
      backoffMin: this.settings.pollMs,
      ...(account.accountUrl ? { accountUrl: account.accountUrl } : {}),
    });
    if (!account.accountUrl) {
      await client.createAccount({
        termsOfServiceAgreed: true,
        ...(account.email ? { contact: [`mailto:${account.email}`] } : {}),
      });
      account.accountUrl = client.getAccountUrl();
      await em.flush();
    }
    return client;
  }
}
