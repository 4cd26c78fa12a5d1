import { ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { conflict, notFound, validate } from '../../errors';
import { PhysicalServerStatus, ServerOs, ServerTransport } from './enums';
import type { ServerAccessService } from './server-access.service';
import { LogicalServer } from './logical-server.entity';
import { PhysicalServer } from './physical-server.entity';
import { hostSchema, notesSchema, serverNameSchema } from './servers.validation';
import { UniqueName } from './unique-name';

const inputSchema = z.object({
  name: serverNameSchema,
  os: z.enum(ServerOs, 'must be LINUX, FREEBSD or WINDOWS'),
  address: hostSchema,
  status: z.enum(PhysicalServerStatus).nullish(),
  notes: notesSchema.nullish(),
  transport: z.enum(ServerTransport, 'must be LOCAL or SSH').nullish(),
  sshPort: z
    .number('must be a port number')
    .int('must be a whole number')
    .min(1, 'must be 1–65535')
    .max(65535, 'must be 1–65535')
    .nullish(),
  sshUser: z
    .string()
    .regex(/^[a-z_][a-z0-9_-]{0,31}$/, 'must be a Unix account name: lowercase letters, digits, _ and -, up to 32')
    .nullish(),
});

const names = new UniqueName(PhysicalServer, 'A physical server');

/** The machines of the cluster (SRV-1). Cluster rows belong to the master admin; they have no tenant. */
export class PhysicalServerService {
  constructor(private readonly access: ServerAccessService) {}

  list(ctx: Ctx): Promise<PhysicalServer[]> {
    return ctx.em.find(PhysicalServer, {}, { orderBy: { name: 'asc' } });
  }

  async get(ctx: Ctx, id: number): Promise<PhysicalServer> {
    const server = await ctx.em.findOne(PhysicalServer, { id });
    if (!server) throw notFound('Physical server');
    return server;
  }

  async create(ctx: Ctx, input: unknown): Promise<PhysicalServer> {
    const v = validate(inputSchema, input);
    await names.assertFree(ctx.em, v.name);
    const server = ctx.em.create(PhysicalServer, {
      name: v.name,
      os: v.os,
      address: v.address,
      status: v.status ?? PhysicalServerStatus.ONLINE,
      notes: v.notes ?? null,
      transport: v.transport ?? ServerTransport.LOCAL,
      sshPort: v.sshPort ?? 22,
      sshUser: v.sshUser ?? 'heliosphere',
    });
    await names.write(v.name, () => ctx.em.flush());
    if (server.transport === ServerTransport.SSH) await this.access.issue(ctx.em, server);
    ctx.log.info({ physicalServerId: server.id, by: ctx.viewer?.userId }, 'physical server created');
    return server;
  }

  async update(ctx: Ctx, id: number, input: unknown): Promise<PhysicalServer> {
    const v = validate(inputSchema, input);
    const server = await this.get(ctx, id);
    if (v.name !== server.name) await names.assertFree(ctx.em, v.name);
    server.name = v.name;
    server.os = v.os;
    server.address = v.address;
    if (v.status) server.status = v.status;
    if (v.notes !== undefined) server.notes = v.notes;
    if (v.transport) server.transport = v.transport;
    if (v.sshPort) server.sshPort = v.sshPort;
    if (v.sshUser) server.sshUser = v.sshUser;
    await names.write(v.name, () => ctx.em.flush());
    if (server.transport === ServerTransport.SSH && !server.accessPublicKey) await this.access.issue(ctx.em, server);
    return server;
  }

  async delete(ctx: Ctx, id: number): Promise<boolean> {
    const server = await this.get(ctx, id);
    const hosted = await ctx.em.count(LogicalServer, { physical: id });
    if (hosted)
      throw conflict(
        `${server.name} still runs ${hosted} logical server${hosted === 1 ? '' : 's'}; move or delete them first`,
      );
    try {
      await ctx.em.remove(server).flush();
    } catch (err) {
      if (err instanceof ForeignKeyConstraintViolationException)
        throw conflict(`${server.name} got a logical server meanwhile; try again`);
      throw err;
    }
    ctx.log.info({ physicalServerId: id, by: ctx.viewer?.userId }, 'physical server deleted');
    return true;
  }
}
