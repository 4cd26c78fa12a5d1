import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Core } from '../../module';
import { unscoped } from '../../db/scope';
import { Reseller } from '../resellers';
import { WebSite, queuePutSite, type TlsBinding } from '../web';
import { Certificate } from './certificate.entity';
import { CertificateKind, CertificateState } from './enums';

/** The names of `names` a certificate covers, as a TLS client matches them (wildcards one label deep). */
function covered(cert: Certificate, names: readonly string[]): string[] {
  if (!cert.certificatePem) return [];
  const x509 = new crypto.X509Certificate(cert.certificatePem);
  return names.filter((n) => x509.checkHost(n, { wildcards: true, singleLabelSubdomains: false }) !== undefined);
}

/**
 * What a site serves over TLS (web's TlsProvider): its own ACTIVE certificate for the names it
 * covers, and the shared wildcard of the service domain (the company's, else the master's) for its
 * instant-access name. Keys are opened here for the driver alone, as PKCS#8.
 */
export function siteTls(core: Pick<Core, 'secrets'>) {
  const binding = (cert: Certificate, names: string[]): TlsBinding => ({
    names,
    certificate: [cert.certificatePem!.trim(), cert.chainPem?.trim()].filter(Boolean).join('\n') + '\n',
    key: crypto.createPrivateKey(core.secrets.open(cert.sealedKey)).export({ type: 'pkcs8', format: 'pem' }).toString(),
  });
  return async (em: EntityManager, site: WebSite): Promise<TlsBinding[]> => {
    const why = unscoped('a site’s certificates, for the task writing it on its web server');
    const bindings: TlsBinding[] = [];
    let left = [...site.serverNames];
    const own = await em.findOne(
      Certificate,
      { site: site.id, state: CertificateState.ACTIVE, notAfter: { $gt: new Date() } },
      { ...why, orderBy: { id: 'desc' } },
    );
    if (own) {
      const names = covered(own, left);
      if (names.length) bindings.push(binding(own, names));
      left = left.filter((n) => !names.includes(n));
    }
    if (left.length) {
      const root = await em.findOne(Reseller, { isRoot: true }, why);
      const shared = await em.find(
        Certificate,
        {
          kind: CertificateKind.WILDCARD,
          state: CertificateState.ACTIVE,
          notAfter: { $gt: new Date() },
          reseller: { $in: [site.reseller.id, ...(root ? [root.id] : [])] },
        },
        why,
      );
      // The company's own wildcard first, then the master's.
      shared.sort((a, b) => Number(b.reseller.id === site.reseller.id) - Number(a.reseller.id === site.reseller.id));
      for (const cert of shared) {
        const names = covered(cert, left);
        if (names.length === 0) continue;
        bindings.push(binding(cert, names));
        left = left.filter((n) => !names.includes(n));
      }
    }
    return bindings;
  };
}

/** Writes the site again on its web server, now with (or without) its certificate. */
export async function reinstallSite(em: EntityManager, core: Pick<Core, 'tasks'>, siteId: number): Promise<void> {
  const site = await em.findOne(WebSite, { id: siteId }, unscoped('the certificate’s site, to write it again'));
  if (site) queuePutSite(em, core, site);
}
