/**
 * What the panel and a server's agent say to each other: JSON-RPC 2.0 messages, one per line,
 * over the stdin and stdout of the agent that the server's SSH daemon starts for the panel's key
 * (or called in process for the panel's own machine). The agent runs the same driver code the
 * panel would; a call names the logical server (no secrets) and the driver method's arguments.
 */
import type { DriverTarget } from '../drivers/target';

/** Bumped when a method's meaning changes; the panel refuses an agent that speaks another. */
export const PROTOCOL_VERSION = 1;

/** Longest line either side accepts (a large zone change is a few MB). */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export interface RpcRequest {
  jsonrpc: '2.0';
  id: number;
  method: string;
  params: unknown;
}

export interface RpcError {
  code: number;
  message: string;
  /** The driver's error class (NginxConfigError, CommandError…), so the panel words it the same. */
  data?: { name?: string };
}

export type RpcResponse =
  { jsonrpc: '2.0'; id: number; result: unknown } | { jsonrpc: '2.0'; id: number | null; error: RpcError };

/** JSON-RPC's codes that the agent uses. */
export const RPC = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  /** The driver method threw: its message is the driver's. */
  DRIVER_ERROR: -32000,
} as const;

/** The logical server a call is for, as the agent gets it: the driver's settings, never a secret. */
export type TargetSpec = Pick<DriverTarget, 'id' | 'name' | 'kind' | 'driver' | 'settings'>;

/** Strips a target down to what may leave the panel (the sealed secret stays behind). */
export function targetSpec(target: DriverTarget): TargetSpec {
  return {
    id: target.id,
    name: target.name,
    kind: target.kind,
    driver: target.driver,
    settings: target.settings ?? {},
  };
}

/** What `hello` answers: who the agent is. */
export interface Hello {
  protocol: number;
  agent: string;
  hostname: string;
  node: string;
  /** SHA-256 (hex) of the agent's own file; null in process. The panel sends its build when they differ. */
  build: string | null;
}

/** One logical server's health as its machine sees it. */
export interface TargetHealth {
  id: number;
  /** The program that serves (nginx, named) answers its control command. */
  running: boolean;
  /** Its whole configuration passes the program's own check (nginx -t, named-checkconf). */
  configValid: boolean;
  /** Free bytes on the file system of the folder it writes (null when it has none here). */
  diskFreeBytes: number | null;
  diskTotalBytes: number | null;
  /** What failed, in the program's words (clipped). */
  problems: string[];
}

export interface HealthReport {
  checkedAt: string;
  targets: TargetHealth[];
}
