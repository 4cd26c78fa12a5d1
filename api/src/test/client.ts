import http from 'node:http';

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
  [key: string]: unknown;
}

export interface GqlResult<T = any> {
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  status: number;
  headers: http.IncomingHttpHeaders;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body's bytes as sent (still compressed when the answer has a content-encoding). */
  bytes: Buffer;
}

export const SESSION_COOKIE = 'helio_session';

/**
 * A browser-like GraphQL client for one person: keeps its own cookie jar and sends a chosen Host
 * header (reseller panels are picked by host name, RES-1). Uses node:http because fetch may not
 * set Host.
 */
export class GqlClient {
  private readonly jar = new Map<string, string>();
  /** The raw Set-Cookie headers of the last response, for checking cookie attributes. */
  lastSetCookie: string[] = [];

  constructor(
    readonly port: number,
    readonly host: string = `127.0.0.1:${port}`,
    /** Extra headers sent with every request (e.g. X-Forwarded-For in throttling tests). */
    readonly headers: Record<string, string> = {},
  ) {}

  /** A new client for the same panel with an empty cookie jar (another browser). */
  fresh(headers: Record<string, string> = this.headers): GqlClient {
    return new GqlClient(this.port, this.host, headers);
  }

  get sessionCookie(): string | undefined {
    return this.jar.get(SESSION_COOKIE);
  }

  /** Plants a cookie value (replaying an old token, or garbage); undefined removes it. */
  set sessionCookie(value: string | undefined) {
    if (value === undefined) this.jar.delete(SESSION_COOKIE);
    else this.jar.set(SESSION_COOKIE, value);
  }

  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const res = await this.request('POST', '/graphql', JSON.stringify({ query, variables }), {
      'content-type': 'application/json',
    });
    let body: { data?: T | null; errors?: GqlError[] };
    try {
      body = JSON.parse(res.text);
    } catch {
      throw new Error(`Not a JSON answer (HTTP ${res.status}): ${res.text.slice(0, 300)}`);
    }
    return { data: body.data, errors: body.errors, status: res.status, headers: res.headers };
  }

  /** Runs an operation that must succeed; returns its data. */
  async ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(`Expected success, got HTTP ${res.status}: ${JSON.stringify(res.errors)}`);
    }
    return res.data;
  }

  /** Runs an operation that must fail; returns its first error (with status) for further checks. */
  async fails(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlError & { status: number; data: unknown }> {
    const res = await this.gql(query, variables);
    if (!res.errors?.length) throw new Error(`Expected an error, got HTTP ${res.status}: ${JSON.stringify(res.data)}`);
    return Object.assign(res.errors[0]!, { status: res.status, data: res.data });
  }

  /** Any HTTP request to the server with this client's Host and cookies. */
  request(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<RawResponse> {
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          headers: {
            host: this.host,
            ...(cookie ? { cookie } : {}),
            ...(body !== undefined ? { 'content-length': Buffer.byteLength(body) } : {}),
            ...this.headers,
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            this.storeCookies(res.headers['set-cookie'] ?? []);
            const bytes = Buffer.concat(chunks);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text: bytes.toString('utf8'), bytes });
          });
        },
      );
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }

  private storeCookies(setCookie: string[]): void {
    this.lastSetCookie = setCookie;
    for (const line of setCookie) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expires = attrs.map((a) => a.trim()).find((a) => /^expires=/i.test(a));
      const expired = expires !== undefined && Date.parse(expires.slice(8)) <= Date.now();
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
}

/** The attributes of a Set-Cookie line, lower-cased names: { httponly: '', samesite: 'Strict', ... }. */
export function cookieAttributes(line: string): { name: string; value: string; attrs: Record<string, string> } {
  const [pair = '', ...rest] = line.split(';');
  const eq = pair.indexOf('=');
  const attrs: Record<string, string> = {};
  for (const a of rest) {
    const i = a.indexOf('=');
    const key = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
    attrs[key] = i < 0 ? '' : a.slice(i + 1).trim();
  }
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), attrs };
}
