/** One HTTP exchange with a gateway: a bounded wait, and no answer is told apart from a bad one. */

export interface GatewayHttp {
  /** How long one request may take before it counts as "no answer". */
  timeoutMs: number;
}

export type HttpAnswer =
  { kind: 'answer'; status: number; body: string; headers: Headers } | { kind: 'none'; message: string };

/**
 * POSTs `body` and reads the whole answer. A timeout, a refused connection or a reset is `none`:
 * the request may or may not have reached the gateway, so only a retry with the same key is safe.
 */
export async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  http: GatewayHttp,
): Promise<HttpAnswer> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers,
      signal: AbortSignal.timeout(http.timeoutMs),
      redirect: 'error',
    });
    const text = await res.text();
    return { kind: 'answer', status: res.status, body: text, headers: res.headers };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${http.timeoutMs} ms` : (e.cause?.code ?? e.message);
    return { kind: 'none', message: `${new URL(url).host}: ${why}` };
  }
}

/** JSON from a gateway's body; Authorize.Net starts its answers with a byte-order mark. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
