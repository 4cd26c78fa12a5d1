/**
 * The links to the cluster's machines: the panel's own answers in process; every other machine
 * through one pooled SSH link to its agent, opened with the panel's key for that machine. A machine
 * that did not answer is not dialled again for a few seconds: its tasks fail at once and wait for
 * their retry, so the engine's workers stay free for other machines.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Core } from '../../module';
import type { DriverTarget } from '../../drivers/target';
import { localLink, LinkDownError, type CallOptions, type Link } from '../../remote/link';
import type { Hello } from '../../remote/protocol';
import { SshLink } from '../../remote/ssh-link';
import { agentBundle } from './agent-routes';
import { ServerTransport } from './enums';
import { PhysicalServer } from './physical-server.entity';

/** How long a machine that did not answer is left alone before the next call dials it again. */
const REDIAL_AFTER_MS = 5_000;

interface Pooled {
  /** What the link was opened with; a change (new key, address, host key) opens a new one. */
  fingerprint: string;
  link: SshLink;
  /** Settled once the agent's build was compared with the panel's (and replaced when it differed). */
  current?: Promise<void>;
}

export class ServerLinks {
  private readonly local: Link;
  private readonly pool = new Map<number, Pooled>();
  private readonly quiet = new Map<number, { until: number; error: Error }>();

  constructor(private readonly core: Pick<Core, 'config' | 'secrets'>) {
    this.local = localLink({ dataDir: core.config.dataDir });
  }

  /** The link to the machine a logical server runs on (`target` as the task engine loads it). */
  async forLogical(em: EntityManager, target: DriverTarget): Promise<Link> {
    const physical = (target as unknown as { physical?: { id: number } }).physical;
    if (!physical) throw new Error(`logical server ${target.name} was loaded without its machine`);
    return this.forPhysical(em, physical.id);
  }

  /** The link to a machine by ID. */
  async forPhysical(em: EntityManager, id: number): Promise<Link> {
    const server = await em.fork().findOneOrFail(PhysicalServer, { id }, { populate: ['accessKey'] });
    return this.linkTo(em, server);
  }

  /**
   * The link to `server`, which must have been loaded with its accessKey. `dial`: call even when the
   * machine did not answer a moment ago (a health check, an admin's action), instead of failing at once.
   */
  linkTo(em: EntityManager, server: PhysicalServer, options: { dial?: boolean } = {}): Link {
    if (server.transport === ServerTransport.LOCAL) return this.local;
    if (server.accessRevokedAt)
      return downLink(server.name, `the panel’s key for ${server.name} was revoked; issue a new one to reach it again`);
    if (!server.accessKey || !server.accessPublicKey)
      return downLink(server.name, `${server.name} has no key yet; issue one and run its setup command on the machine`);
    const fingerprint = [server.address, server.sshPort, server.sshUser, server.accessIssuedAt?.getTime()].join('|');
    let pooled = this.pool.get(server.id);
    // A host key pinned in the database that the link does not hold (an admin forgot it, another process pinned it).
    const hostKeyMoved = server.hostKey !== null && pooled?.link.hostKey !== server.hostKey;
    if (pooled && (pooled.fingerprint !== fingerprint || hostKeyMoved)) {
      void pooled.link.close();
      pooled = undefined;
    }
    if (!pooled) {
      const link = new SshLink(
        {
          name: server.name,
          host: server.address,
          port: server.sshPort,
          username: server.sshUser,
          privateKey: this.core.secrets.open(server.accessKey),
          hostKey: server.hostKey,
        },
        {
          onFirstHostKey: (fp) => this.record(this.pinHostKey(em, server.id, fp)),
          onAnswer: () => this.record(this.confirm(em, server)),
        },
      );
      pooled = { fingerprint, link };
      this.pool.set(server.id, pooled);
    }
    if (options.dial) this.quiet.delete(server.id);
    return this.quietWhenDown(server.id, pooled);
  }

  /** Closes the link to a machine (its key changed or was revoked); calls in flight fail with LinkDownError. */
  async drop(id: number): Promise<void> {
    const pooled = this.pool.get(id);
    this.pool.delete(id);
    this.quiet.delete(id);
    await pooled?.link.close();
  }

  /** The pooled SSH link, for tests that cut it. */
  pooled(id: number): SshLink | undefined {
    return this.pool.get(id)?.link;
  }

  async close(): Promise<void> {
    const links = [...this.pool.values()].map((p) => p.link);
    this.pool.clear();
    await Promise.all(links.map((l) => l.close()));
  }

  private quietWhenDown(id: number, pooled: Pooled): Link {
    const { link } = pooled;
    return {
      label: link.label,
      call: async <T>(method: string, params: unknown, options?: CallOptions): Promise<T> => {
        const q = this.quiet.get(id);
        if (q && q.until > Date.now()) throw q.error;
        try {
          await (pooled.current ??= updateAgent(link).catch((err: unknown) => {
            pooled.current = undefined; // asked again with the next call
            throw err;
          }));
          return await link.call<T>(method, params, options);
        } catch (err) {
          if (err instanceof LinkDownError && err.unreachable)
            this.quiet.set(id, { until: Date.now() + REDIAL_AFTER_MS, error: err });
          throw err;
        }
      },
      close: () => link.close(),
    };
  }

  /**
   * A write the link asked for on its own, never an unhandled rejection: if it fails (database busy),
   * the next health check records the same from the link (ServerHealthService.answered).
   */
  private record(write: Promise<void>): void {
    write.catch(() => undefined);
  }

  /** The machine's host key, seen for the first time: kept, and from now on required. */
  private async pinHostKey(em: EntityManager, id: number, fingerprint: string): Promise<void> {
    await em.fork().nativeUpdate(PhysicalServer, { id, hostKey: null }, { hostKey: fingerprint });
  }

  /** The machine accepted the current key: its setup command has been run (and is void from now on). */
  private async confirm(em: EntityManager, server: PhysicalServer): Promise<void> {
    if (server.accessConfirmedAt) return;
    const now = new Date();
    const fork = em.fork();
    await fork.nativeUpdate(PhysicalServer, { id: server.id, accessConfirmedAt: null }, { accessConfirmedAt: now });
    await fork.nativeUpdate(PhysicalServer, { id: server.id, firstAnsweredAt: null }, { firstAnsweredAt: now });
    server.accessConfirmedAt = now;
  }
}

/**
 * Makes the agent at the other end the panel's own build: a machine set up by an older panel gets
 * the new bundle (checked by its SHA-256 on arrival), and the connection is opened again so the next
 * call runs it. Without a built bundle (a development tree) the agent is left as it is.
 */
async function updateAgent(link: SshLink): Promise<void> {
  const bundle = await agentBundle();
  if (!bundle) return;
  const hello = await link.call<Hello>('hello', {});
  if (hello.build === null || hello.build === bundle.sha256) return;
  await link.call('agent.update', { source: bundle.source, sha256: bundle.sha256 });
  await link.cut();
}

function downLink(name: string, why: string): Link {
  return {
    label: name,
    call: () => Promise.reject(new LinkDownError(why)),
    close: async () => {},
  };
}
