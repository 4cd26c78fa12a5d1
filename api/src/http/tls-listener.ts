import type http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '../logger';

/** A certificate to present: PEM, the certificate then its intermediates, and its private key. */
export interface TlsCertificate {
  certificate: string;
  key: string;
}

/**
 * Where the panel's HTTPS listener finds a host's certificate: an area declares one
 * (`tlsCertificates` in its manifest), the listener asks each in turn.
 */
export interface TlsCertificateSource {
  /**
   * The certificate to present to a client that asked for `servername` (null: it named none, as
   * when reaching the panel by IP address); null when this source has none for it.
   */
  forHost(orm: MikroORM, servername: string | null): Promise<TlsCertificate | null>;
  /** Calls `listener` when a certificate it serves changed, so contexts cached for it are dropped at once. */
  onChange?(listener: () => void): void;
}

interface Cached {
  context: tls.SecureContext;
  certificate: TlsCertificate;
  expires: number;
}

/** How long a host's certificate is kept before the sources are asked again. */
export const SNI_TTL_MS = 60_000;
/** Hosts kept at most: clients name any host they like, and each would stay in memory. */
const MAX_HOSTS = 1000;

/**
 * Secure contexts by host name, each kept SNI_TTL_MS: a handshake asks the database only when its
 * host's context is missing or old, and handshakes of one host at once share the one lookup.
 * `invalidate()` drops them all (a source said a certificate changed); a lookup already running
 * then keeps its answer to itself.
 */
export class SniContexts {
  private readonly cache = new Map<string, Cached>();
  private readonly pending = new Map<string, Promise<Cached>>();
  private generation = 0;

  constructor(
    private readonly deps: {
      orm: MikroORM;
      log: Logger;
      sources: readonly TlsCertificateSource[];
      /** Presented when no source has a certificate for the host. */
      fallback: TlsCertificate;
      ttlMs?: number;
    },
  ) {
    for (const source of deps.sources) source.onChange?.(() => this.invalidate());
  }

  invalidate(): void {
    this.generation++;
    this.cache.clear();
    this.pending.clear();
  }

  /** The cached entry for a host ('' for clients that named none), fresh or null. */
  fresh(host: string): Cached | null {
    const hit = this.cache.get(host);
    return hit && hit.expires > Date.now() ? hit : null;
  }

  /** The host's certificate and context, from the cache or the sources. */
  lookup(host: string): Promise<Cached> {
    const hit = this.fresh(host);
    if (hit) return Promise.resolve(hit);
    const running = this.pending.get(host);
    if (running) return running;
    const generation = this.generation;
    const promise = this.load(host).then(
      (entry) => {
        if (this.generation === generation) {
          this.pending.delete(host);
          this.cache.delete(host); // re-inserted last: the oldest host is the first one out
          if (this.cache.size >= MAX_HOSTS) this.cache.delete(this.cache.keys().next().value!);
          this.cache.set(host, entry);
        }
        return entry;
      },
      (err: unknown) => {
        if (this.generation === generation) this.pending.delete(host);
        throw err;
      },
    );
    this.pending.set(host, promise);
    return promise;
  }

  private async load(host: string): Promise<Cached> {
    let certificate: TlsCertificate | null = null;
    for (const source of this.deps.sources) {
      certificate = await source.forHost(this.deps.orm, host || null);
      if (certificate) break;
    }
    certificate ??= this.deps.fallback;
    return {
      certificate,
      context: tls.createSecureContext(toOptions(certificate)),
      expires: Date.now() + (this.deps.ttlMs ?? SNI_TTL_MS),
    };
  }
}

const toOptions = (c: TlsCertificate): tls.SecureContextOptions => ({ cert: c.certificate, key: c.key });

/** A host name as clients send it in SNI, as the panel keys it: lower case, no trailing dot. */
const hostKey = (servername: string) => servername.toLowerCase().replace(/\.$/, '');

/**
 * The panel's HTTPS server: the same request handler as the plain-HTTP one, with each panel host's
 * certificate chosen by the name the client asks for (SNI). A client that names no host (an IP
 * address) gets the default context, refreshed from the sources like a host's: before the server
 * starts, when a source says a certificate changed, and on a connection that finds it old (that
 * connection still gets the one in place). A failed lookup is logged and the fallback certificate presented: the handshake goes on.
 */
export async function createTlsServer(deps: {
  orm: MikroORM;
  log: Logger;
  sources: readonly TlsCertificateSource[];
  fallback: TlsCertificate;
  handler: http.RequestListener;
  ttlMs?: number;
}): Promise<https.Server> {
  const { log, fallback } = deps;
  const contexts = new SniContexts(deps);
  let fallbackContext: tls.SecureContext | undefined;
  const contextOnFailure = (err: unknown, host: string) => {
    log.error({ err, host }, 'finding the certificate of a host failed; presenting the fallback');
    return (fallbackContext ??= tls.createSecureContext(toOptions(fallback)));
  };

  const server = https.createServer(
    {
      ...toOptions(fallback),
      SNICallback: (servername, done) => {
        const host = hostKey(servername);
        contexts.lookup(host).then(
          (entry) => done(null, entry.context),
          (err: unknown) => done(null, contextOnFailure(err, host)),
        );
      },
    },
    deps.handler,
  );

  // Refreshes of the default context: the latest one started is the one applied.
  let started = 0;
  let applied = 0;
  let running = 0;
  const refreshDefault = async () => {
    const n = ++started;
    running++;
    try {
      const { certificate } = await contexts.lookup('');
      if (n > applied) {
        applied = n;
        server.setSecureContext(toOptions(certificate));
      }
    } catch (err) {
      log.error({ err }, 'finding the default certificate failed; keeping the one in place');
    } finally {
      running--;
    }
  };
  await refreshDefault();
  for (const source of deps.sources) source.onChange?.(() => void refreshDefault());
  server.on('connection', () => {
    if (!running && !contexts.fresh('')) void refreshDefault();
  });
  return server;
}
