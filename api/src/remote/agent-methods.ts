/**
 * What an agent does for the panel: the driver methods (the same driver classes the panel uses for
 * its own machine), a health check of its logical servers, and the management of the panel's own
 * key. Called from the stdio loop (agent.ts) on a server, or in process for the panel's machine.
 */
import crypto from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { dnsDriverFor, type ZoneChange, type ZoneExpectation } from '../drivers/dns';
import { filesDirFor } from '../drivers/files-dir';
import { runCommand } from '../drivers/dns/run';
import { writeFileAtomic } from '../drivers/dns/io';
import { DriverName, ServerKind } from '../drivers/server-kinds';
import { webDriverFor, type SiteConfig } from '../drivers/web';
import { PROTOCOL_VERSION, type HealthReport, type Hello, type TargetHealth, type TargetSpec } from './protocol';
import { authorizeKey, forgetKey } from './authorized-keys';

export interface AgentOptions {
  /** Where FILES servers write (DATA_DIR on the panel's machine). */
  dataDir: string;
  /** The SSH key file the agent manages for key rotation (absent in process: the panel's machine has none). */
  authorizedKeys?: string;
  /** The command the SSH daemon runs for the panel's key, repeated on a rotated key's line. */
  agentCommand?: string;
  /** The agent's own file, which `agent.update` replaces (absent in process). */
  script?: string;
}

/** A call the agent refuses because its parameters are malformed (JSON-RPC's invalid params). */
export class InvalidParamsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidParamsError';
  }
}

const settingsSchema = z.object({
  host: z.string().max(253).optional(),
  port: z.number().int().min(1).max(65535).optional(),
  tlsPort: z.number().int().min(1).max(65535).optional(),
  user: z.string().max(64).optional(),
  userHost: z.string().max(255).optional(),
  configDir: z.string().max(1024).optional(),
  controlCommand: z.string().max(1024).optional(),
  webRoot: z.string().max(1024).optional(),
  nameServer: z.string().max(253).optional(),
  dnsRole: z.enum(['PRIMARY', 'SECONDARY']).optional(),
});

const targetSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().min(1).max(64),
  kind: z.enum(ServerKind),
  driver: z.enum(DriverName),
  settings: settingsSchema,
});

function parse<T>(schema: z.ZodType<T>, params: unknown): T {
  const r = schema.safeParse(params);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new InvalidParamsError(`${issue.path.join('.') || 'params'}: ${issue.message}`);
  }
  return r.data;
}

const siteCall = z.object({
  target: targetSchema,
  site: z.custom<SiteConfig>((v) => typeof v === 'object' && v !== null),
});
const importCall = siteCall.extend({
  archive: z
    .string()
    .max(48 * 1024 * 1024)
    .nullable(),
});
const zoneCall = z.object({
  target: targetSchema,
  change: z.custom<ZoneChange>((v) => typeof v === 'object' && v !== null),
});
const surveySitesCall = z.object({
  target: targetSchema,
  sites: z.array(z.custom<SiteConfig>((v) => typeof v === 'object' && v !== null)).max(100_000),
});
const surveyZonesCall = z.object({
  target: targetSchema,
  expected: z.custom<ZoneExpectation>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      Array.isArray((v as ZoneExpectation).zones) &&
      Array.isArray((v as ZoneExpectation).texts),
  ),
});
const healthCall = z.object({ targets: z.array(targetSchema).max(1000) });
const updateCall = z.object({
  source: z
    .string()
    .min(1)
    .max(32 * 1024 * 1024),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
const keyCall = z.object({ publicKey: z.string().min(20).max(2000), comment: z.string().max(200).optional() });

const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');

export type AgentMethod = (params: unknown) => Promise<unknown>;

/** The methods by name. */
export function agentMethods(options: AgentOptions): Record<string, AgentMethod> {
  const deps = { config: { dataDir: options.dataDir } };
  const build = options.script ? sha256(fsSync.readFileSync(options.script)) : null;
  return {
    async hello(): Promise<Hello> {
      return {
        protocol: PROTOCOL_VERSION,
        agent: 'heliosphere-agent',
        hostname: os.hostname(),
        node: process.version,
        build,
      };
    },
    /** Replaces the agent's file with the panel's build; sessions opened from now on run it. */
    async 'agent.update'(params) {
      const { source, sha256: expected } = parse(updateCall, params);
      if (!options.script) throw new Error('this agent runs in process; it is updated with the panel');
      if (sha256(Buffer.from(source, 'utf8')) !== expected)
        throw new InvalidParamsError('source: its SHA-256 does not match');
      await writeFileAtomic(options.script, source, 0o644);
      return null;
    },
    async 'web.putSite'(params) {
      const { target, site } = parse(siteCall, params);
      return webDriverFor(target, deps).putSite(site);
    },
    async 'web.removeSite'(params) {
      const { target, site } = parse(siteCall, params);
      await webDriverFor(target, deps).removeSite(site);
      return null;
    },
    async 'dns.apply'(params) {
      const { target, change } = parse(zoneCall, params);
      await dnsDriverFor(target, deps).apply(change);
      return null;
    },
    async 'web.exportSite'(params) {
      const { target, site } = parse(siteCall, params);
      return { archive: await webDriverFor(target, deps).exportSite(site) };
    },
    async 'web.importSite'(params) {
      const { target, site, archive } = parse(importCall, params);
      return webDriverFor(target, deps).importSite(site, archive);
    },
    async 'web.survey'(params) {
      const { target, sites } = parse(surveySitesCall, params);
      return webDriverFor(target, deps).survey(sites);
    },
    async 'dns.survey'(params) {
      const { target, expected } = parse(surveyZonesCall, params);
      return dnsDriverFor(target, deps).survey(expected);
    },
    async health(params): Promise<HealthReport> {
      const { targets } = parse(healthCall, params);
      return {
        checkedAt: new Date().toISOString(),
        targets: await Promise.all(targets.map((t) => checkTarget(t, options))),
      };
    },
    async 'access.authorize'(params) {
      const { publicKey, comment } = parse(keyCall, params);
      if (!options.authorizedKeys || !options.agentCommand)
        throw new Error('this agent does not manage an SSH key file');
      await authorizeKey(options.authorizedKeys, publicKey, options.agentCommand, comment);
      return null;
    },
    async 'access.forget'(params) {
      const { publicKey } = parse(keyCall, params);
      if (!options.authorizedKeys) throw new Error('this agent does not manage an SSH key file');
      return forgetKey(options.authorizedKeys, publicKey);
    },
  };
}

const CHECK_TIMEOUT_MS = 15_000;

/** Whether something accepts TCP connections at host:port within 3 s. */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

async function disk(dir: string | undefined): Promise<{ free: number | null; total: number | null }> {
  if (!dir) return { free: null, total: null };
  // The folder may not exist yet (no site written): its nearest existing parent is on the same disk.
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      const s = await fs.statfs(d);
      return { free: s.bavail * s.bsize, total: s.blocks * s.bsize };
    } catch {
      if (d === path.dirname(d)) return { free: null, total: null };
    }
  }
}

/** Reachable program, valid configuration, disk space: for one logical server on this machine. */
async function checkTarget(t: TargetSpec, options: AgentOptions): Promise<TargetHealth> {
  const s = t.settings;
  const problems: string[] = [];
  let running = true;
  let configValid = true;
  const check = async (what: 'running' | 'config', fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (err) {
      if (what === 'running') running = false;
      else configValid = false;
      problems.push((err as Error).message);
    }
  };
  let dir: string | undefined = s.configDir;
  if (t.driver === DriverName.FILES) {
    dir = filesDirFor({ dataDir: options.dataDir }, t.kind === ServerKind.DNS ? 'dns' : 'web', t.name);
  } else if (t.driver === DriverName.NGINX) {
    const control = s.controlCommand ?? 'nginx';
    await check('config', () => runCommand(control, ['-t', '-q'], CHECK_TIMEOUT_MS));
    const host = s.host ?? '127.0.0.1';
    const port = s.port ?? 80;
    if (!(await answers(host, port))) {
      running = false;
      problems.push(`nothing answers on ${host}:${port}`);
    }
  } else if (t.driver === DriverName.BIND) {
    await check('running', () => runCommand(s.controlCommand ?? 'rndc', ['status'], CHECK_TIMEOUT_MS));
    if (s.configDir)
      await check('config', () =>
        runCommand('named-checkconf', [path.join(s.configDir!, 'zones.conf')], CHECK_TIMEOUT_MS),
      );
  }
  const space = await disk(dir);
  return { id: t.id, running, configValid, diskFreeBytes: space.free, diskTotalBytes: space.total, problems };
}
