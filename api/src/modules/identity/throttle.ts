import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config';
import { retrySeconds, take, tooManyRequests, type RateLimits } from '../../rate-limit';

const tooMany = (ms: number) =>
  tooManyRequests((seconds) => `Too many failed sign-in attempts; try again in ${seconds} seconds`, ms);

/** Counts high enough never to refuse: the failures of a login over all addresses only decide its waits. */
const UNBOUNDED = 1_000_000_000;

/**
 * Failed-login throttling. Only failures count. Three counters:
 * - per login and address: that address is refused for that login once its failures are spent
 *   (a success from that address clears it);
 * - per address over all logins: one address cannot guess across many accounts;
 * - per login over all addresses: after `delayAfter` failures each further attempt waits 1×, 2×, 4× …
 *   `delayMs` (at most `delayMaxMs`) after the one before. Never a long lock: a stranger cannot shut
 *   the owner out, only slow every address down to one guess per `delayMaxMs` (forgotten after a
 *   window without failures).
 * Kept in the process's rate-limit store (core.limits): in Redis when REDIS_URL is set, so every API
 * process counts the same failures; the next due attempt is a key that expires when it is due, taken
 * by one atomic increment, so parallel attempts cannot all pass one due slot.
 */
export class LoginThrottle {
  private readonly perPair: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  /** Failures of a login from every address; each failure keeps the count for another window. */
  private readonly failures: RateLimiterAbstract;
  /** The login's next attempt: present (and taken) until it is due. */
  private readonly nextSlot: RateLimiterAbstract;

  constructor(
    private readonly cfg: Config['throttle'],
    limits: RateLimits,
  ) {
    const window = cfg.windowSeconds;
    this.perPair = limits.limiter({ keyPrefix: 'login-ip', points: cfg.perLogin, duration: window });
    this.perIp = limits.limiter({ keyPrefix: 'login-from', points: cfg.perIp, duration: window });
    this.failures = limits.limiter({ keyPrefix: 'login-failures', points: UNBOUNDED, duration: window });
    this.nextSlot = limits.limiter({ keyPrefix: 'login-next', points: 1, duration: 1 });
  }

  /** Throws TOO_MANY_REQUESTS when a counter is spent or the login's next attempt is not due; else takes the login's slot. */
  async check(loginKey: string, ip: string): Promise<void> {
    const [byPair, byIp, failures] = await Promise.all([
      this.perPair.get(pairKey(loginKey, ip)),
      this.perIp.get(ip),
      this.failures.get(loginKey),
    ]);
    const blocked = [
      byPair && byPair.consumedPoints >= this.cfg.perLogin ? byPair : null,
      byIp && byIp.consumedPoints >= this.cfg.perIp ? byIp : null,
    ].filter((r) => r !== null);
    if (blocked.length) throw tooMany(Math.max(...blocked.map((r) => r.msBeforeNext)));
    const failed = failures?.consumedPoints ?? 0;
    if (failed < this.cfg.delayAfter) return;
    // One atomic increment of the slot key: the first attempt after it expired creates it (lasting
    // this login's delay) and passes; every other attempt meanwhile is refused with the time left.
    try {
      await this.nextSlot.consume(loginKey, 1, { customDuration: this.delaySeconds(failed) });
    } catch (err) {
      if (err instanceof RateLimiterRes) throw tooMany(err.msBeforeNext);
      throw err;
    }
  }

  async failed(loginKey: string, ip: string): Promise<void> {
    const counted = await this.failures.penalty(loginKey, 1);
    // Sliding: the count is forgotten a window after the last failure, not the first.
    await this.failures.set(loginKey, counted.consumedPoints, this.cfg.windowSeconds);
    if (counted.consumedPoints >= this.cfg.delayAfter)
      await this.nextSlot.set(loginKey, 1, this.delaySeconds(counted.consumedPoints));
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
  private delayMs(failures: number): number {
    const doublings = Math.min(Math.max(failures - this.cfg.delayAfter, 0), 30);
    return Math.min(this.cfg.delayMs * 2 ** doublings, this.cfg.delayMaxMs);
  }

  /** The pause in whole seconds, as the store keeps expiries (at least one). */
  private delaySeconds(failures: number): number {
    return retrySeconds(this.delayMs(failures));
  }
}

const pairKey = (loginKey: string, ip: string) => `${ip}|${loginKey}`;

/**
 * New accounts per hour: per client IP on the public signup, per user for more accounts. Every
 * attempt counts (each costs a password hash and, when it succeeds, an account and an invoice
 * number), so a script cannot flood a company's account lists. In the rate-limit store, like logins.
 */
export class SignupThrottle {
  private readonly limiter: RateLimiterAbstract;

  constructor(perHour: number, limits: RateLimits) {
    this.limiter = limits.limiter({ keyPrefix: 'signup', points: perHour, duration: 3600 });
  }

  /** Takes one attempt for `key`; TOO_MANY_REQUESTS when the hour's attempts are spent. */
  async take(key: string): Promise<void> {
    await take(this.limiter, key, (seconds) => `Too many new accounts from here; try again in ${seconds} seconds`);
  }
}
