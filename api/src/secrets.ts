import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config';

const VERSION = 'v1';

/** Reads SECRET_KEY, or DATA_DIR/secret.key (created 0600 on first use so `npm start` needs no set-up). */
function loadKey(config: Config): Buffer {
  const text = config.secretKey ?? readOrCreateKeyFile(path.join(config.dataDir, 'secret.key'));
  const key = /^[0-9a-fA-F]{64}$/.test(text.trim())
    ? Buffer.from(text.trim(), 'hex')
    : Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error('SECRET_KEY must be 32 bytes, as 64 hex digits or base64');
  return key;
}

function readOrCreateKeyFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = crypto.randomBytes(32).toString('hex');
  try {
    fs.writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8'); // another process won
    throw err;
  }
}

/** Encrypts secrets at rest (driver passwords, passwords a queued task will set) with AES-256-GCM. */
export class SecretBox {
  private key: Buffer | undefined;

  constructor(private readonly config: Config) {}

  private getKey(): Buffer {
    return (this.key ??= loadKey(this.config));
  }

  /**
   * A MAC of `message` (base64url), under a key derived from the secret key for signing only: for
   * tokens the panel hands out and later checks without storing them (a server's setup link).
   */
  sign(message: string): string {
    const key = Buffer.from(
      crypto.hkdfSync('sha256', this.getKey(), Buffer.alloc(0), 'heliosphere: signed tokens', 32),
    );
    return crypto.createHmac('sha256', key).update(message).digest('base64url');
  }

  seal(plain: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.getKey(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(sealed: string): string {
    const [version, data] = sealed.split(':', 2);
    if (version !== VERSION || !data) throw new Error('unknown secret format');
    const raw = Buffer.from(data, 'base64');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.getKey(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
