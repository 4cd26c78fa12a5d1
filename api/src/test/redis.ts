import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { requireTool, withTimeout, type ToolStatus } from './tools';

/** The Redis server the BullMQ tests use (TEST_REDIS_URL to change it). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Sends PING on a raw socket: true on +PONG (a server that wants AUTH answers -NOAUTH, which counts as reachable). */
function ping(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port || 6379), hostname || '127.0.0.1');
    socket.once('error', reject);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      const text = data.toString();
      if (text.startsWith('+PONG') || text.startsWith('-NOAUTH')) resolve();
      else reject(new Error(`unexpected answer to PING: ${text.trim()}`));
    });
  });
}

/**
 * Redis reachable, and the `ioredis` client BullMQ loads installed (bullmq 6 no longer bundles it).
 * Skips the BullMQ tests with the reason on a developer machine; fails them with CI=true.
 */
export function redisStatus(): Promise<ToolStatus> {
  return requireTool(`Redis at ${TEST_REDIS_URL}`, async () => {
    try {
      createRequire(path.join(__dirname, '..', '..', 'package.json')).resolve('ioredis');
    } catch {
      throw new Error("the 'ioredis' package that bullmq loads is not installed (npm install ioredis -w api)");
    }
    await withTimeout(ping(TEST_REDIS_URL), 3000, 'Redis');
  });
}
