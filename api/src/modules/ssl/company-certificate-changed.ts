import type { EntityManager } from '@mikro-orm/core';
import { unscoped } from '../../db/scope';
import type { Core } from '../../module';
import { Reseller } from '../resellers';
import { queuePutSite, WebSite } from '../web';
import type { Certificate } from './certificate.entity';
import { CertificateKind } from './enums';
import type { PanelTlsSource } from './panel-tls';

/**
 * After a company's own certificate was installed or removed: the panel's listener drops its
 * cached contexts (PANEL); the sites its shared wildcard secures are written again (WILDCARD: the
 * company's customers' sites, and for the master's, those of companies that use its service
 * domain), so nginx serves the new one for their instant-access names. Tasks are queued in `em`.
 */
export async function companyCertificateChanged(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  panelTls: PanelTlsSource,
  cert: Certificate,
): Promise<void> {
  if (cert.kind === CertificateKind.PANEL) panelTls.changed();
  if (cert.kind !== CertificateKind.WILDCARD) return;
  const why = unscoped('the sites a company’s shared certificate secures, to write them again');
  const company = await em.findOneOrFail(Reseller, { id: cert.reseller.id }, why);
  const companies = company.isRoot
    ? [company.id, ...(await em.find(Reseller, { serviceDomain: null }, why)).map((r) => r.id)]
    : [company.id];
  const sites = await em.find(WebSite, { reseller: { $in: companies } }, why);
  for (const site of sites) queuePutSite(em, core, site);
}
