import crypto from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { systemEm } from '../../db/scope';
import type { TlsCertificate, TlsCertificateSource } from '../../http/tls-listener';
import type { Core } from '../../module';
import { companyForHostName } from '../identity';
import { Certificate } from './certificate.entity';
import { CertificateKind, CertificateState } from './enums';

/**
 * The panel hosts' certificates for the panel's HTTPS listener (SSL-3, SSL-4): a reseller's panel
 * host (its main one or another) gets the reseller's PANEL certificate when it covers that name;
 * any other name, a name the reseller's does not cover, or none (a client reaching the panel by
 * IP address) gets the master's PANEL certificate. With no master certificate either, the
 * listener presents its self-signed one.
 */
export class PanelTlsSource implements TlsCertificateSource {
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly core: Pick<Core, 'secrets'>) {}

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** A PANEL certificate was installed or replaced: the listener drops the contexts it cached. */
  changed(): void {
    for (const listener of this.listeners) listener();
  }

  async forHost(orm: MikroORM, servername: string | null): Promise<TlsCertificate | null> {
    const em = systemEm(orm.em, 'a panel host’s certificate is found in the TLS handshake, before anyone signs in');
    if (servername) {
      const company = await companyForHostName(em, servername);
      if (!company.isRoot) {
        const own = await activePanelCertificate(em, company.id);
        if (own && covers(own, servername)) return this.open(own);
      }
    }
    const root = await activePanelCertificate(em, null);
    return root ? this.open(root) : null;
  }

  private open(cert: Certificate): TlsCertificate {
    return {
      certificate: [cert.certificatePem, cert.chainPem].filter(Boolean).join('\n') + '\n',
      key: this.core.secrets.open(cert.sealedKey),
    };
  }
}

/** The company's installed PANEL certificate (null: the master's company). */
function activePanelCertificate(em: EntityManager, resellerId: number | null): Promise<Certificate | null> {
  return em.findOne(
    Certificate,
    {
      reseller: resellerId ?? { isRoot: true },
      account: null,
      kind: CertificateKind.PANEL,
      state: CertificateState.ACTIVE,
    },
    { orderBy: { id: 'desc' } },
  );
}

/** Whether the certificate is for `host` (exactly, or by a wildcard as TLS clients match them). */
function covers(cert: Certificate, host: string): boolean {
  if (!cert.certificatePem) return false;
  return (
    new crypto.X509Certificate(cert.certificatePem).checkHost(host, { wildcards: true, partialWildcards: false }) !==
    undefined
  );
}
