import type { EntityManager } from '@mikro-orm/core';
import type { Core } from '../../../module';
import type { TaskHandler, TaskJob } from '../../../tasks/types';
import { Certificate } from '../certificate.entity';
import { checkCertificate, installedFields } from '../check-certificate';
import { generateKeyPair, privateKeyPem } from '../csr';
import { CertificateKind, CertificateSource, CertificateState } from '../enums';
import type { SslSettings } from '../settings';
import type { AcmeDirectory } from './directory';
import { orderCertificate } from './order';
import { PanelResponder } from './responder';
import { mailRenewalFailed } from './renewal-mail';
import { reinstallSite } from '../site-tls';
import { companyCertificateChanged } from '../company-certificate-changed';
import type { PanelTlsSource } from '../panel-tls';

export const SslTask = { issue: 'ssl.issue' } as const;

export interface IssuePayload {
  certificateId: number;
  /** A renewal of an ACTIVE certificate (which keeps serving if it fails), not a first issue. */
  renewal: boolean;
}

/** Queues the order of `cert` (PENDING for a first issue, ACTIVE for a renewal), in `em`'s transaction. */
export function queueIssue(em: EntityManager, core: Pick<Core, 'tasks'>, cert: Certificate, renewal: boolean): void {
  const payload: IssuePayload = { certificateId: cert.id, renewal };
  core.tasks.enqueue(em, {
    kind: SslTask.issue,
    payload: { ...payload },
    account: cert.account ? { id: cert.account.id, reseller: { id: cert.reseller.id } } : null,
    reseller: cert.reseller,
    subject: `${renewal ? 'renewal of ' : ''}certificate for ${cert.names.join(', ')}`.slice(0, 200),
  });
}

/**
 * Orders a certificate over ACME and installs it: the certificate row takes the new certificate,
 * chain and key (a new key each time), a site's older certificates go, and the site is written
 * again on its web server. Each failed attempt leaves the authority's words on the row; the task
 * is retried with backoff, and when it gives up a first issue is FAILED while a renewal leaves the
 * old certificate serving and mails the customer and the company.
 */
export function issueHandler(
  core: Pick<Core, 'tasks' | 'config' | 'secrets'>,
  directory: AcmeDirectory,
  settings: SslSettings,
  panelTls: PanelTlsSource,
): TaskHandler {
  const payloadOf = (job: TaskJob) => job.task.payload as unknown as IssuePayload;
  return {
    kind: SslTask.issue,
    async run(job) {
      const p = payloadOf(job);
      const cert = await job.em.findOne(Certificate, { id: p.certificateId });
      if (!cert || cert.source !== CertificateSource.ACME) return;
      if (cert.state !== (p.renewal ? CertificateState.ACTIVE : CertificateState.PENDING)) return;
      try {
        const key = await generateKeyPair(cert.keyType);
        const keyPem = await privateKeyPem(key.privateKey);
        const client = await directory.client(job.em.fork());
        const responder = new PanelResponder(
          () => job.em.fork(),
          core,
          { resellerId: cert.reseller.id, certificateId: cert.id },
          settings.dnsWaitMs,
          job.signal,
        );
        // A site is proved over HTTP (its nginx passes the path to the panel); the company's own names in our zones over DNS.
        const dnsFor = new Set<string>();
        if (cert.kind !== CertificateKind.SITE)
          for (const name of cert.names) if (await responder.spotFor(name)) dnsFor.add(name);
        const issued = await orderCertificate(client, cert.names, keyPem, responder, {
          preferDns: (name) => dnsFor.has(name),
          signal: job.signal,
        });
        const checked = checkCertificate(
          { certificate: issued.certificatePem, privateKey: keyPem, chain: issued.chainPem },
          cert.names.filter((n) => !n.startsWith('*.')),
          null,
        );
        Object.assign(cert, {
          ...installedFields(checked),
          sealedKey: core.secrets.seal(checked.keyPem),
          keyUploaded: false,
          lastError: null,
          lastErrorAt: null,
        });
        await installed(job.em, core, panelTls, cert);
      } catch (err) {
        // Shown at once on the certificate, while the engine retries.
        await job.em
          .fork()
          .nativeUpdate(
            Certificate,
            { id: cert.id },
            { lastError: (err as Error).message.slice(0, 2000), lastErrorAt: new Date() },
          );
        throw err;
      }
    },
    async failed(job) {
      const p = payloadOf(job);
      const cert = await job.em.findOne(Certificate, { id: p.certificateId });
      if (!cert) return;
      cert.lastError = (job.task.lastError ?? 'the order failed').slice(0, 2000);
      cert.lastErrorAt = new Date();
      if (!p.renewal && cert.state === CertificateState.PENDING) cert.state = CertificateState.FAILED;
      if (p.renewal) await mailRenewalFailed(job.em, core.config, cert);
    },
  };
}

/**
 * The certificate now serves: older ones of its site (or of its company and kind) go, and its
 * site is written again with it (a company's: the panel's listener and the sites it secures).
 */
async function installed(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  panelTls: PanelTlsSource,
  cert: Certificate,
): Promise<void> {
  if (!cert.site) {
    const older = await em.find(Certificate, {
      reseller: cert.reseller.id,
      account: null,
      site: null,
      kind: cert.kind,
      id: { $ne: cert.id },
    });
    em.remove(older);
    await em.flush();
    await companyCertificateChanged(em, core, panelTls, cert);
    return;
  }
  const others = await em.find(Certificate, { site: cert.site.id, id: { $ne: cert.id } });
  em.remove(others.filter((c) => c.state !== CertificateState.REQUESTED));
  await reinstallSite(em, core, cert.site.id);
}
