import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../../config';
import { rows } from '../../../db/raw-sql';
import { unscoped } from '../../../db/scope';
import { panelUrl } from '../../../http/panel-url';
import { Role } from '../../identity';
import { MailEvent, mailDate, mailLanguage, writeMail } from '../../notifications';
import { Reseller } from '../../resellers';
import { WebSite } from '../../web';
import type { Certificate } from '../certificate.entity';

/**
 * Tells the certificate's customer (a site's: the account's owner) and the company's admins that
 * its renewal failed, with the authority's words, once per failure (the outbox's dedup key).
 */
export async function mailRenewalFailed(em: EntityManager, config: Config, cert: Certificate): Promise<void> {
  const company = await em.findOneOrFail(
    Reseller,
    { id: cert.reseller.id },
    unscoped('the certificate’s company, whose mail this is; renewals run with no viewer'),
  );
  const recipients = await rows<{ id: number; email: string; login: string; language: string | null }>(
    em,
    `select u.id, u.email, u.login, u.language from app_user u
      where (u.reseller_id = ? and u.role in (?, ?))
         or u.id = (select a.owner_id from account a where a.id = ?)
      order by u.id`,
    [company.id, Role.MASTER_ADMIN, Role.RESELLER_ADMIN, cert.account?.id ?? 0],
  );
  const at = (cert.lastErrorAt ?? new Date()).getTime();
  const site = cert.site ? await em.findOne(WebSite, { id: cert.site.id }, unscoped('the certificate’s site')) : null;
  const path = site ? `/domains/${site.domain.id}` : '/admin/certificates';
  for (const r of recipients) {
    await writeMail(em, config, {
      company,
      event: MailEvent.CERTIFICATE_RENEWAL_FAILED,
      recipient: r.email,
      language: mailLanguage(r.language, company),
      dedupKey: `certificate-renewal-failed:${cert.id}:${at}:${r.id}`,
      values: {
        customerName: r.login,
        names: cert.names.join(', '),
        expiresAt: cert.notAfter ? mailDate(cert.notAfter) : '',
        reason: cert.lastError ?? '',
        certificateUrl: panelUrl(config, company, path),
      },
    });
  }
}
