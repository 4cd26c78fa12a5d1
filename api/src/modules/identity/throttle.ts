import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../../config';
import { appError } from '../../graphql/errors';

/**
 * Failed-login throttling, per login name and per client IP. Only failures count; a success clears
 * the login's counter. Kept in process memory: with several API processes each keeps its own count.
 */
export class LoginThrottle {
  private readonly perLogin: RateLimiterMemory;
  private readonly perIp: RateLimiterMemory;

  constructor(private readonly cfg: Config['throttle']) {
    this.perLogin = new RateLimiterMemory({ keyPrefix: 'login', points: cfg.perLogin, duration: cfg.windowSeconds });
    this.perIp = new RateLimiterMemory({ keyPrefix: 'ip', points: cfg.perIp, duration: cfg.windowSeconds });
  }

  /** Throws TOO_MANY_REQUESTS when either counter is spent. */
  async check(loginKey: string, ip: string): Promise<void> {
    const [byLogin, byIp] = await Promise.all([this.perLogin.get(loginKey), this.perIp.get(ip)]);
    const blocked = [
      byLogin && byLogin.consumedPoints >= this.cfg.perLogin ? byLogin : null,
      byIp && byIp.consumedPoints >= this.cfg.perIp ? byIp : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length) {
      const seconds = Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
      throw appError('TOO_MANY_REQUESTS', `Too many failed sign-in attempts; try again in ${seconds} seconds`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  async failed(loginKey: string, ip: string): Promise<void> {
    await Promise.all([
      this.perLogin.penalty(loginKey, 1),
      this.perIp.penalty(ip, 1),
    ]);
  }

  async succeeded(loginKey: string): Promise<void> {
    await this.perLogin.delete(loginKey);
  }
}

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
      throw appError('TOO_MANY_REQUESTS', `Too many new accounts from here; try again in ${seconds} seconds`, { retryAfterSeconds: seconds });
    }
  }
}
