import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../../config';
import { appError } from '../../errors';

const tooMany = (ms: number) => {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return appError('TOO_MANY_REQUESTS', `Too many failed sign-in attempts; try again in ${seconds} seconds`, {
    retryAfterSeconds: seconds,
  });
};

/** A login's failures from every address, and when its next attempt may start. */
interface LoginRecord {
  failures: number;
  lastFailureAt: number;
  nextAt: number;
}

/**
 * Failed-login throttling. Only failures count. Three counters:
 * - per login and address: that address is refused for that login once its failures are spent
 *   (a success from that address clears it);
 * - per address over all logins: one address cannot guess across many accounts;
 * - per login over all addresses: after `delayAfter` failures each further attempt waits 1×, 2×, 4× …
 *   `delayMs` (at most `delayMaxMs`) after the one before. Never a long lock: a stranger cannot shut
 *   the owner out, only slow every address down to one guess per `delayMaxMs` (forgotten after a
 *   window without failures).
 * Kept in process memory: with several API processes each keeps its own count.
 */
export class LoginThrottle {
  private readonly perPair: RateLimiterMemory;
  private readonly perIp: RateLimiterMemory;
  private readonly logins = new Map<string, LoginRecord>();
  private lastSweep = 0;

  constructor(
    private readonly cfg: Config['throttle'],
    private readonly now: () => number = Date.now,
  ) {
    this.perPair = new RateLimiterMemory({ keyPrefix: 'login-ip', points: cfg.perLogin, duration: cfg.windowSeconds });
    this.perIp = new RateLimiterMemory({ keyPrefix: 'ip', points: cfg.perIp, duration: cfg.windowSeconds });
  }

  /** Throws TOO_MANY_REQUESTS when a counter is spent or the login's next attempt is not due; else takes the login's slot. */
  async check(loginKey: string, ip: string): Promise<void> {
    const [byPair, byIp] = await Promise.all([this.perPair.get(pairKey(loginKey, ip)), this.perIp.get(ip)]);
    const blocked = [
      byPair && byPair.consumedPoints >= this.cfg.perLogin ? byPair : null,
      byIp && byIp.consumedPoints >= this.cfg.perIp ? byIp : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length) throw tooMany(Math.max(...blocked.map((r) => r.msBeforeNext)));
    // No await from here on: parallel attempts cannot all pass one due slot.
    const record = this.current(loginKey);
    if (!record || record.failures < this.cfg.delayAfter) return;
    const now = this.now();
    if (now < record.nextAt) throw tooMany(record.nextAt - now);
    record.nextAt = now + this.delay(record.failures);
  }

  async failed(loginKey: string, ip: string): Promise<void> {
    const now = this.now();
    this.sweep(now);
    const record = this.current(loginKey) ?? { failures: 0, lastFailureAt: now, nextAt: 0 };
    record.failures += 1;
    record.lastFailureAt = now;
    if (record.failures >= this.cfg.delayAfter)
      record.nextAt = Math.max(record.nextAt, now + this.delay(record.failures));
    this.logins.set(loginKey, record);
    await Promise.all([this.perPair.penalty(pairKey(loginKey, ip), 1), this.perIp.penalty(ip, 1)]);
  }

  /**
   * Clears this address's count for the login. The login's count over all addresses stays until a
   * window passes without failures: the owner signing in says nothing about a stranger guessing.
   */
  async succeeded(loginKey: string, ip: string): Promise<void> {
    await this.perPair.delete(pairKey(loginKey, ip));
  }

  /** The pause after the n-th failure: delayMs, doubling per failure past delayAfter, at most delayMaxMs. */
  private delay(failures: number): number {
    const doublings = Math.min(failures - this.cfg.delayAfter, 30);
    return Math.min(this.cfg.delayMs * 2 ** doublings, this.cfg.delayMaxMs);
  }

  private current(loginKey: string): LoginRecord | undefined {
    const record = this.logins.get(loginKey);
    if (record && this.now() - record.lastFailureAt > this.cfg.windowSeconds * 1000) {
      this.logins.delete(loginKey);
      return undefined;
    }
    return record;
  }

  /** Forgets logins without a failure for a window, at most once a minute. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, record] of this.logins)
      if (now - record.lastFailureAt > this.cfg.windowSeconds * 1000) this.logins.delete(key);
  }
}

const pairKey = (loginKey: string, ip: string) => `${ip}|${loginKey}`;

/**
 * New accounts per hour: per client IP on the public signup, per user for more accounts. Every
 * attempt counts (each costs a password hash and, when it succeeds, an account and an invoice
 * number), so a script cannot flood a company's account lists. In process memory, like logins.
 */
export class SignupThrottle {
  private readonly limiter: RateLimiterMemory;

  constructor(perHour: number) {
    this.limiter = new RateLimiterMemory({ keyPrefix: 'signup', points: perHour, duration: 3600 });
  }

  /** Takes one attempt for `key`; TOO_MANY_REQUESTS when the hour's attempts are spent. */
  async take(key: string): Promise<void> {
    try {
      await this.limiter.consume(key, 1);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const seconds = Math.ceil(err.msBeforeNext / 1000);
      throw appError('TOO_MANY_REQUESTS', `Too many new accounts from here; try again in ${seconds} seconds`, {
        retryAfterSeconds: seconds,
      });
    }
  }
}
