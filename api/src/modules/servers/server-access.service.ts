/**
 * The panel's keys to the cluster's machines: one Ed25519 key pair per machine, the private half
 * sealed in the database. Issued with a setup command for the operator; rotated through the agent
 * itself (the new key is authorised before the old one is dropped); revoked from the panel, after
 * which the machine's tasks wait until a new key is issued and set up.
 */
import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { newKeyPair } from '../../remote/keys';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { conflict, notFound } from '../../errors';
import { ServerTransport } from './enums';
import { PhysicalServer } from './physical-server.entity';
import type { ServerLinks } from './server-links';
import { setupCommand, setupScript } from './setup-script';

export class ServerAccessService {
  constructor(
    private readonly core: Pick<Core, 'config' | 'secrets'>,
    private readonly links: ServerLinks,
  ) {}

  private token(server: PhysicalServer): string {
    return this.core.secrets.sign(`server-setup:${server.id}:${server.accessIssuedAt?.getTime() ?? 0}`);
  }

  /** The setup command, while the current key has not been used yet (null after, or with no key). */
  setupCommandOf(server: PhysicalServer): string | null {
    if (
      server.transport !== ServerTransport.SSH ||
      !server.accessPublicKey ||
      server.accessConfirmedAt ||
      server.accessRevokedAt
    )
      return null;
    return setupCommand(this.core.config, server.id, this.token(server));
  }

  /** Gives an SSH machine a new key (replacing any, revoked or not); its setup command must then be run on it. */
  async issue(em: EntityManager, server: PhysicalServer): Promise<PhysicalServer> {
    if (server.transport !== ServerTransport.SSH)
      throw conflict(`${server.name} is the panel’s own machine (LOCAL); it needs no key`);
    const { privateKey, publicKey } = newKeyPair(`heliosphere-panel:${server.name}`);
    server.accessKey = this.core.secrets.seal(privateKey);
    server.accessPublicKey = publicKey;
    server.accessIssuedAt = new Date();
    server.accessRevokedAt = null;
    server.accessConfirmedAt = null;
    await em.flush();
    await this.links.drop(server.id);
    return server;
  }

  /** The setup script for `<id>.<token>`, or null when the token is wrong or spent (the machine already answered). */
  async script(em: EntityManager, idAndToken: string): Promise<string | null> {
    const m = /^(\d{1,9})\.([A-Za-z0-9_-]{43})$/.exec(idAndToken);
    if (!m) return null;
    const server = await em.findOne(PhysicalServer, { id: Number(m[1]) });
    if (
      !server ||
      server.transport !== ServerTransport.SSH ||
      !server.accessPublicKey ||
      server.accessConfirmedAt ||
      server.accessRevokedAt
    )
      return null;
    const expected = Buffer.from(this.token(server));
    const given = Buffer.from(m[2]!);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
    return setupScript(this.core.config, {
      name: server.name,
      sshUser: server.sshUser,
      accessPublicKey: server.accessPublicKey,
    });
  }

  /**
   * A new key without the operator: the agent adds it to its key file (restricted like the first),
   * the panel proves it works, then the agent drops the old one.
   */
  async rotate(ctx: Ctx, id: number): Promise<PhysicalServer> {
    const server = await ctx.em.findOne(PhysicalServer, { id }, { populate: ['accessKey'] });
    if (!server) throw notFound('Physical server');
    if (
      server.transport !== ServerTransport.SSH ||
      !server.accessKey ||
      server.accessRevokedAt ||
      !server.accessPublicKey
    )
      throw conflict(`${server.name} has no key in use to rotate; issue a new one instead`);
    const oldPublic = server.accessPublicKey;
    const oldLink = this.links.linkTo(ctx.em, server, { dial: true });
    const { privateKey, publicKey } = newKeyPair(`heliosphere-panel:${server.name}`);
    await oldLink.call('access.authorize', { publicKey, comment: `heliosphere-panel:${server.name}` });
    server.accessKey = this.core.secrets.seal(privateKey);
    server.accessPublicKey = publicKey;
    server.accessIssuedAt = new Date();
    await this.links.drop(server.id);
    // The new key must work before the old one goes: a failure here leaves both authorised, the old one still in the database.
    await this.links.linkTo(ctx.em, server, { dial: true }).call('access.forget', { publicKey: oldPublic });
    server.accessConfirmedAt = new Date();
    await ctx.em.flush();
    ctx.log.info({ physicalServerId: id, by: ctx.viewer?.userId }, 'server key rotated');
    return server;
  }

  /**
   * Stops using the machine: the agent is asked to drop the key (when it still answers), and the
   * panel destroys its copy whatever the answer. Tasks for the machine wait until a new key is set up.
   */
  async revoke(ctx: Ctx, id: number): Promise<PhysicalServer> {
    const server = await ctx.em.findOne(PhysicalServer, { id }, { populate: ['accessKey'] });
    if (!server) throw notFound('Physical server');
    if (server.transport !== ServerTransport.SSH || !server.accessKey)
      throw conflict(`${server.name} has no key to revoke`);
    let forgotten = false;
    try {
      forgotten = await this.links
        .linkTo(ctx.em, server, { dial: true })
        .call<boolean>('access.forget', { publicKey: server.accessPublicKey }, { timeoutMs: 10_000 });
    } catch (err) {
      ctx.log.warn(
        { physicalServerId: id, err: (err as Error).message },
        'the machine could not drop the revoked key itself',
      );
    }
    server.accessKey = null;
    server.accessRevokedAt = new Date();
    await ctx.em.flush();
    await this.links.drop(server.id);
    ctx.log.info({ physicalServerId: id, forgottenByMachine: forgotten, by: ctx.viewer?.userId }, 'server key revoked');
    return server;
  }

  /** Forgets the pinned host key (the machine was reinstalled): the next connection pins the new one. */
  async forgetHostKey(ctx: Ctx, id: number): Promise<PhysicalServer> {
    const server = await ctx.em.findOne(PhysicalServer, { id });
    if (!server) throw notFound('Physical server');
    server.hostKey = null;
    await ctx.em.flush();
    await this.links.drop(server.id);
    ctx.log.info({ physicalServerId: id, by: ctx.viewer?.userId }, 'server host key forgotten');
    return server;
  }
}
