import type * as acme from 'acme-client';
import { crypto as acmeCrypto } from 'acme-client';

/** One challenge to answer: HTTP-01 (a file at the name) or DNS-01 (a TXT record under it). */
export interface ChallengeAnswer {
  type: 'http-01' | 'dns-01';
  /** The name it proves (a wildcard's base name for DNS-01). */
  name: string;
  wildcard: boolean;
  token: string;
  /** HTTP-01: the body to serve; DNS-01: the TXT value. */
  keyAuthorization: string;
}

/** Puts challenge answers where the authority looks, and takes them away again. */
export interface ChallengeResponder {
  /** Resolves once every answer is reachable (rows committed, TXT records served). */
  publish(answers: readonly ChallengeAnswer[]): Promise<void>;
  /** Removes what publish put up; called whether the order succeeded or not. */
  withdraw(): Promise<void>;
}

export interface IssuedCertificate {
  /** The leaf, PEM. */
  certificatePem: string;
  /** Its intermediates, PEM, from the one that signed it. */
  chainPem: string;
}

/**
 * Orders a certificate for `names` on `keyPem` (RFC 8555 §7.4): a wildcard is proved over DNS-01
 * (the only way), another name over HTTP-01, or DNS-01 when `preferDns` says so (or the authority
 * offers no HTTP-01). Every answer is published before the authority is told to look; then the
 * order is finalized with a signing request for the key and the certificate fetched. The
 * authority's refusal (an invalid challenge, a rate limit) is thrown with its own words.
 */
export async function orderCertificate(
  client: acme.Client,
  names: readonly string[],
  keyPem: string,
  responder: ChallengeResponder,
  options: { preferDns?: (name: string) => boolean; signal?: AbortSignal } = {},
): Promise<IssuedCertificate> {
  const order = await client.createOrder({ identifiers: names.map((value) => ({ type: 'dns', value })) });
  const authorizations = await client.getAuthorizations(order);
  const pending: { answer: ChallengeAnswer; challenge: acme.Authorization['challenges'][number] }[] = [];
  for (const authz of authorizations) {
    if (authz.status === 'valid') continue; // proved recently for this account: the authority reuses it
    const name = authz.identifier.value;
    const wildcard = authz.wildcard === true;
    const byType = (type: string) => authz.challenges.find((c) => c.type === type);
    const http = byType('http-01');
    const challenge = wildcard || !http || options.preferDns?.(name) ? byType('dns-01') : http;
    if (!challenge) throw new Error(`the authority offers no usable challenge for ${name}`);
    pending.push({
      challenge,
      answer: {
        type: challenge.type as ChallengeAnswer['type'],
        name,
        wildcard,
        token: challenge.token,
        keyAuthorization: await client.getChallengeKeyAuthorization(challenge),
      },
    });
  }
  try {
    if (pending.length) await responder.publish(pending.map((p) => p.answer));
    options.signal?.throwIfAborted();
    for (const { challenge } of pending) await client.completeChallenge(challenge);
    for (const { challenge, answer } of pending) {
      await client.waitForValidStatus(challenge).catch((err: Error) => {
        throw new Error(`${answer.type} for ${answer.wildcard ? '*.' : ''}${answer.name}: ${err.message}`);
      });
    }
  } finally {
    await responder.withdraw();
  }
  options.signal?.throwIfAborted();
  const commonName = names.find((n) => n.length <= 64);
  const [, csr] = await acmeCrypto.createCsr({ altNames: [...names], ...(commonName ? { commonName } : {}) }, keyPem);
  const finalized = await client.finalizeOrder(order, csr);
  const pem = await client.getCertificate(finalized);
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error('the authority answered no certificate');
  return { certificatePem: blocks[0]!, chainPem: blocks.slice(1).join('\n') };
}
