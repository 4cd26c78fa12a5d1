import { describe, expect, it } from 'vitest';
import { certificatePending, sslCardView, type CardCertificate } from './sslCardState';

const acme = (state: CardCertificate['state'], lastError: string | null = null): CardCertificate => ({
  state,
  source: 'ACME',
  lastError,
});

describe('sslCardView', () => {
  it('offers the free certificate first when the site has none, and no HTTPS switches', () => {
    const v = sslCardView(null);
    expect(v.issue).toBe(true);
    expect(v.https).toBe(false);
    expect(v.pending || v.retry || v.renew).toBe(false);
  });

  it('follows none → pending → active: polls while pending, then offers renewal and the switches', () => {
    const pending = sslCardView(acme('PENDING'));
    expect(pending).toMatchObject({ issue: false, pending: true, retry: false, renew: false, https: false });
    expect(certificatePending({ certificate: { state: 'PENDING' } })).toBe(true);

    const active = sslCardView(acme('ACTIVE'));
    expect(active).toMatchObject({ issue: false, pending: false, renew: true, https: true, renewalError: null });
    expect(certificatePending({ certificate: { state: 'ACTIVE' } })).toBe(false);
    expect(certificatePending(null)).toBe(false);
  });

  it('a failed issue shows its error and "try again"; the switches stay off', () => {
    const v = sslCardView(acme('FAILED', 'urn:ietf:params:acme:error:connection: no answer'));
    expect(v).toMatchObject({ retry: true, renew: false, https: false });
    expect(v.failure).toContain('no answer');
  });

  it('a failed renewal of a serving certificate is a warning, the certificate still serves', () => {
    const v = sslCardView(acme('ACTIVE', 'rate limited'));
    expect(v).toMatchObject({ renew: true, https: true, retry: false, failure: null, renewalError: 'rate limited' });
  });

  it('an uploaded certificate is neither renewed nor retried by the panel, but enables the switches', () => {
    const v = sslCardView({ state: 'ACTIVE', source: 'UPLOADED', lastError: null });
    expect(v).toMatchObject({ renew: false, retry: false, https: true, issue: false });
    // An expired upload or a lone signing request: the free certificate is offered again.
    expect(sslCardView({ state: 'EXPIRED', source: 'UPLOADED' })).toMatchObject({
      retry: false,
      https: false,
      issue: true,
    });
    expect(sslCardView({ state: 'REQUESTED', source: 'UPLOADED' })).toMatchObject({ https: false, issue: true });
  });
});
