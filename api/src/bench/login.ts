import http from 'node:http';
import { BENCH_PASSWORD } from './seed';

/** Signs in through the real API with a Host header (fetch cannot set Host), returning the session cookie. */
export function login(port: number, host: string, loginName: string): Promise<string> {
  const body = JSON.stringify({
    query: 'mutation($i: LoginInput!) { login(input: $i) { role } }',
    variables: { i: { login: loginName, password: BENCH_PASSWORD } },
  });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        port,
        host: '127.0.0.1',
        path: '/graphql',
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          const cookie = (res.headers['set-cookie'] ?? []).find((c) => c.startsWith('helio_session='));
          if (cookie) resolve(cookie.split(';')[0]!);
          else reject(new Error(`login as ${loginName} failed: ${text}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
