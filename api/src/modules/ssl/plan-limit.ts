import type { EntityManager } from '@mikro-orm/core';
import { unscoped } from '../../db/scope';
import type { Account } from '../accounts';
import { assertWithinLimit, ResourceKind } from '../plans';
import type { WebSite } from '../web';
import { Certificate } from './certificate.entity';
import { CertificateState } from './enums';
import { assertAddressAllowsCertificate } from './ssl-policy';

/** What counts toward the SSL_CERTIFICATE limit: sites' certificates installed or being issued (not a signing request waiting). */
const COUNTED = [CertificateState.ACTIVE, CertificateState.PENDING, CertificateState.EXPIRED, CertificateState.FAILED];

/** The account's sites' certificates, for its plan's limit and its bill. */
export function countCertificates(em: EntityManager, account: Account | number): Promise<number> {
  return em.count(
    Certificate,
    { account, site: { $ne: null }, state: { $in: COUNTED } },
    unscoped('counting an account’s certificates for its plan limits, whoever the viewer is'),
  );
}

/**
 * Refuses a certificate for a site when its company requires a dedicated IP it does not hold, or
 * beyond the account's plan (CONFLICT naming SSL_CERTIFICATE); one replacing the site's own
 * certificate adds nothing to the plan's count.
 */
export async function assertCertificateAllowed(em: EntityManager, site: WebSite): Promise<void> {
  await assertAddressAllowsCertificate(em, site);
  const own = await em.count(Certificate, { site: site.id, state: { $in: COUNTED } });
  if (own > 0) return;
  await assertWithinLimit(em, site.account, ResourceKind.SSL_CERTIFICATE, await countCertificates(em, site.account.id));
}
