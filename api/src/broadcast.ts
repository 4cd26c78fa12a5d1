import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';

/**
 * What a process keeps that other processes can make stale (a cache): it applies what they send,
 * and forgets everything when it may have missed a message.
 */
export interface BroadcastReceiver<M> {
  apply(message: M): void;
  reset(): void;
}

/**
 * A message to every process on one database, each applying it before `send` resolves: Redis
 * pub/sub when REDIS_URL is set, this process's receivers otherwise.
 */
export interface Broadcast<M> {
  /** Applies `message` here, then in every other process; resolves once none can act on what it replaces (see RedisBroadcast). */
  send(message: M): Promise<void>;
  /** Whether this process has applied every message sent until a moment ago: what it keeps may be used. */
  readonly current: boolean;
  close(): Promise<void>;
}

/** How long a sender waits for an acknowledgement at most, and how old a process's proof of being current may be. */
export const BOUND_MS = 1000;
/** How often a process proves to itself that it is current (well under BOUND_MS, so a healthy process always is). */
const PING_MS = 200;
/** Processes silent this long are dropped from the list of live ones. */
const FORGET_MS = 60_000;

/** Opens `name`'s broadcast among the processes whose keys start with `prefix` (one database's). */
export function openBroadcast<M>(
  redisUrl: string | undefined,
  prefix: string,
  name: string,
  receiver: BroadcastReceiver<M>,
): Broadcast<M> {
  const channel = `${prefix}:${name}`;
  return redisUrl ? new RedisBroadcast(redisUrl, channel, receiver) : new LocalBroadcast(channel, receiver);
}

/** The receivers of each channel in this process, for the broadcast without Redis (one process, tests). */
const local = new Map<string, Set<BroadcastReceiver<unknown>>>();

class LocalBroadcast<M> implements Broadcast<M> {
  readonly current = true;

  constructor(
    private readonly channel: string,
    private readonly receiver: BroadcastReceiver<M>,
  ) {
    const set = local.get(channel) ?? new Set();
    local.set(channel, set);
    set.add(receiver as BroadcastReceiver<unknown>);
  }

  async send(message: M): Promise<void> {
    for (const r of local.get(this.channel) ?? []) r.apply(message);
  }

  async close(): Promise<void> {
    local.get(this.channel)?.delete(this.receiver as BroadcastReceiver<unknown>);
  }
}

// Every script reads the time from Redis, so live-or-not is judged on one clock.
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;
/** A process marks itself live and pings itself (KEYS[1]: the live set; ARGV: id, own channel, ping, forget ms). */
const HEARTBEAT = `${NOW}
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[4]))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PUBLISH', ARGV[2], ARGV[3])
return 1`;
/** Publishes, and answers the processes that were live within the bound (KEYS[1]: the live set; ARGV: channel, message, bound ms). */
const SEND = `${NOW}
redis.call('PUBLISH', ARGV[1], ARGV[2])
return redis.call('ZRANGEBYSCORE', KEYS[1], now - tonumber(ARGV[3]), '+inf')`;

interface Envelope<M> {
  /** Message id, unique per sender. */
  i: string;
  /** The sending process. */
  f: string;
  m: M;
}

interface Waiting {
  /** Processes yet to acknowledge; null until the send script answered which ones were live. */
  missing: Set<string> | null;
  /** Acknowledgements that came before that answer (they travel on another connection). */
  early: Set<string>;
  done: () => void;
}

interface Connections {
  commands: Redis;
  /** In subscriber mode: the shared channel and this process's own. */
  subscriber: Redis;
  listening: Promise<unknown>;
  timer: NodeJS.Timeout;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/**
 * The broadcast between processes, through Redis. Why a sender may return once it does:
 *
 * - Every process subscribes to the shared channel and to its own, on one connection, so Redis
 *   hands it messages in the order it published them. Every PING_MS it runs HEARTBEAT: it marks
 *   itself live (Redis's clock) and publishes a ping to itself carrying the time it sent it. Having
 *   read its ping sent at `s`, it has read every message published before `s`. It uses what it
 *   keeps only while that `s` is less than BOUND_MS old (`current`).
 * - A sender applies the message here, runs SEND (publish, and the processes live within BOUND_MS),
 *   and waits for each of those to acknowledge — the common case, well under a millisecond each.
 *   When one does not within BOUND_MS, the sender waits until BOUND_MS after SEND answered: a live
 *   process that has not read the message read its last ping before SEND ran, so by then it is no
 *   longer current. A process not listed had its last heartbeat before SEND ran more than BOUND_MS
 *   before it: it is not current either, unless it has read the message.
 * - A process whose subscription drops forgets everything, and again when its first ping comes back
 *   on the new one (what was published between is lost to it, but was committed before: what it
 *   reads from the database from then on is newer).
 * - A sender that cannot reach Redis waits BOUND_MS, and what it sent is lost to processes that
 *   still can (a partition): the caller keeps such losses bounded (sessions: re-read every minute).
 */
class RedisBroadcast<M> implements Broadcast<M> {
  private readonly id = crypto.randomBytes(9).toString('base64url');
  private readonly own: string;
  private readonly live: string;
  /** Connected on first use: a process that neither reads nor sends (a CLI command, a test's engine) opens none. */
  private redis: Connections | null = null;
  private closed = false;
  private subscribed = false;
  private provenAt = -Infinity;
  private seq = 0;
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly receiver: BroadcastReceiver<M>,
  ) {
    this.own = `${channel}:to:${this.id}`;
    this.live = `${channel}:live`;
  }

  get current(): boolean {
    if (this.closed) return false;
    this.connect();
    return this.subscribed && performance.now() - this.provenAt < BOUND_MS;
  }

  async send(message: M): Promise<void> {
    this.receiver.apply(message);
    if (this.closed) return;
    const { commands, listening } = this.connect();
    await listening; // acknowledgements come on this process's own channel
    const i = `${++this.seq}`;
    let done!: () => void;
    const acknowledged = new Promise<void>((resolve) => (done = resolve));
    const wait: Waiting = { missing: null, early: new Set(), done };
    this.waiting.set(i, wait);
    try {
      const envelope: Envelope<M> = { i, f: this.id, m: message };
      const live = (await commands.eval(SEND, 1, this.live, this.channel, JSON.stringify(envelope), BOUND_MS)) as
        string[] | null;
      const answeredAt = performance.now();
      wait.missing = new Set((live ?? []).filter((p) => p !== this.id && !wait.early.has(p)));
      if (wait.missing.size === 0) return;
      await Promise.race([acknowledged, sleep(BOUND_MS - (performance.now() - answeredAt))]);
    } catch {
      await sleep(BOUND_MS); // unreachable: wait out every lease it might have been published to
    } finally {
      this.waiting.delete(i);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (!this.redis) return;
    clearInterval(this.redis.timer);
    this.redis.subscriber.disconnect();
    this.redis.commands.disconnect();
  }

  private connect(): Connections {
    if (this.redis) return this.redis;
    const commands = new Redis(this.url, { maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: BOUND_MS });
    const subscriber = new Redis(this.url, { connectTimeout: 2000 });
    // A lost connection is handled below (nothing kept is used meanwhile), not an unhandled event.
    commands.on('error', () => {});
    subscriber.on('error', () => {});
    subscriber.on('close', () => this.lost());
    subscriber.on('message', (channel: string, text: string) => this.received(channel, text));
    const listening = subscriber.subscribe(this.channel, this.own).catch(() => {});
    const timer = setInterval(() => this.heartbeat(), PING_MS);
    timer.unref();
    this.redis = { commands, subscriber, listening, timer };
    this.heartbeat();
    return this.redis;
  }

  private heartbeat(): void {
    this.redis?.commands
      .eval(HEARTBEAT, 1, this.live, this.id, this.own, `p ${performance.now()}`, FORGET_MS)
      .catch(() => {});
  }

  private lost(): void {
    this.subscribed = false;
    this.provenAt = -Infinity;
    this.receiver.reset();
  }

  private received(channel: string, text: string): void {
    if (channel === this.own) {
      if (text.startsWith('p ')) {
        if (!this.subscribed) {
          this.receiver.reset(); // the subscription is (again) in place: forget what may have been missed
          this.subscribed = true;
        }
        this.provenAt = Math.max(this.provenAt, Number(text.slice(2)));
      } else if (text.startsWith('a ')) {
        const [, i, from] = text.split(' ');
        const wait = this.waiting.get(i!);
        if (!wait) return;
        if (!wait.missing) wait.early.add(from!);
        else if (wait.missing.delete(from!) && wait.missing.size === 0) wait.done();
      }
      return;
    }
    if (channel !== this.channel) return;
    let envelope: Envelope<M>;
    try {
      envelope = JSON.parse(text) as Envelope<M>;
    } catch {
      return;
    }
    if (envelope.f === this.id) return; // applied when sent
    this.receiver.apply(envelope.m);
    this.redis?.commands.publish(`${this.channel}:to:${envelope.f}`, `a ${envelope.i} ${this.id}`).catch(() => {});
  }
}
