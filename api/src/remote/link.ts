/**
 * How the panel reaches the machine of a logical server: a Link carries agent calls. The panel's
 * own machine answers in process (localLink); another machine through its agent over SSH
 * (ssh-link.ts). Drivers called through a link (linked-drivers.ts) cannot tell which.
 */
import { answer } from './agent';
import { agentMethods, type AgentOptions } from './agent-methods';

export interface CallOptions {
  /** Abandons the wait (the agent may still finish the call: methods are idempotent). */
  signal?: AbortSignal;
  /** Longest wait for the answer, in ms. */
  timeoutMs?: number;
}

export interface Link {
  /** Where it goes, for messages: "this machine" or "web1 (10.0.0.5)". */
  readonly label: string;
  call<T = unknown>(method: string, params: unknown, options?: CallOptions): Promise<T>;
  close(): Promise<void>;
}

/**
 * The machine could not be reached, or the connection broke before the answer came. The call may be
 * retried; a task that meets it waits for the machine without spending an attempt (serverAway).
 */
export class LinkDownError extends Error {
  readonly serverAway = true as const;
  constructor(
    message: string,
    /** The machine could not be reached at all (no connection was open), as opposed to a connection that broke. */
    readonly unreachable = false,
  ) {
    super(message);
    this.name = 'LinkDownError';
  }
}

/** The agent answered with an error: the driver's, under its own class name. */
export class AgentError extends Error {
  constructor(
    message: string,
    readonly code: number,
    name = 'AgentError',
  ) {
    super(message);
    this.name = name;
  }
}

/**
 * The panel's own machine: the agent's methods in process. Parameters and results go through JSON
 * as they would over the wire, so a driver behaves the same either way.
 */
export function localLink(options: AgentOptions): Link {
  const methods = agentMethods(options);
  let next = 1;
  return {
    label: 'this machine',
    async call<T>(method: string, params: unknown): Promise<T> {
      const response = await answer(methods, {
        jsonrpc: '2.0',
        id: next++,
        method,
        params: JSON.parse(JSON.stringify(params ?? null)) as unknown,
      });
      if ('error' in response)
        throw new AgentError(response.error.message, response.error.code, response.error.data?.name);
      return response.result as T;
    },
    async close() {},
  };
}
