import type { EntityManager } from '@mikro-orm/core';
import type { Core } from '../../../module';
import {
  challengeSpotFor,
  putChallengeRecords,
  removeChallengeRecords,
  waitForChallengeRecords,
  type ChallengeSpot,
} from '../../dns';
import { AcmeChallenge } from './acme-challenge.entity';
import type { ChallengeAnswer, ChallengeResponder } from './order';

/** How long an HTTP-01 answer is kept at most (a crashed order's rows go after this). */
const ANSWER_TTL_MS = 60 * 60_000;

/**
 * Answers an order's challenges from the panel's own parts: HTTP-01 as rows the panel serves at
 * /.well-known/acme-challenge/ (every site's nginx passes that path to it), DNS-01 as TXT records
 * in the company's zone on our name servers, waited for until they are served. Each write is its
 * own committed transaction (`fork`): the authority looks while the order's task still runs.
 */
export class PanelResponder implements ChallengeResponder {
  private tokens: string[] = [];
  private records: number[] = [];

  constructor(
    private readonly fork: () => EntityManager,
    private readonly core: Pick<Core, 'tasks'>,
    private readonly owner: { resellerId: number; certificateId: number },
    private readonly dnsWaitMs: number,
    private readonly signal?: AbortSignal,
  ) {}

  /** Where a name's DNS-01 answer would go (null: none of the company's zones holds it). */
  spotFor(name: string): Promise<ChallengeSpot | null> {
    return challengeSpotFor(this.fork(), this.owner.resellerId, name);
  }

  async publish(answers: readonly ChallengeAnswer[]): Promise<void> {
    const http = answers.filter((a) => a.type === 'http-01');
    if (http.length) {
      const em = this.fork();
      const expiresAt = new Date(Date.now() + ANSWER_TTL_MS);
      for (const a of http)
        em.create(AcmeChallenge, {
          token: a.token,
          keyAuthorization: a.keyAuthorization,
          certificateId: this.owner.certificateId,
          expiresAt,
        });
      await em.flush();
      this.tokens.push(...http.map((a) => a.token));
    }
    const dns = answers.filter((a) => a.type === 'dns-01');
    if (dns.length) {
      const em = this.fork();
      const txt: { spot: ChallengeSpot; value: string }[] = [];
      for (const a of dns) {
        const spot = await challengeSpotFor(em, this.owner.resellerId, a.name);
        if (!spot)
          throw new Error(
            `no zone of the company on our name servers holds ${a.name}: a DNS-01 answer (needed for a wildcard) cannot be published`,
          );
        txt.push({ spot, value: a.keyAuthorization });
      }
      this.records.push(...(await em.transactional((tx) => putChallengeRecords(tx, this.core, txt))));
      this.core.tasks.notify();
      await waitForChallengeRecords(em, txt, this.dnsWaitMs, this.signal);
    }
  }

  async withdraw(): Promise<void> {
    if (this.tokens.length) await this.fork().nativeDelete(AcmeChallenge, { token: { $in: this.tokens } });
    if (this.records.length) {
      const ids = this.records;
      await this.fork().transactional((tx) => removeChallengeRecords(tx, this.core, ids));
      this.core.tasks.notify();
    }
    this.tokens = [];
    this.records = [];
  }
}
