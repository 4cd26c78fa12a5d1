/**
 * The agent's own SSH key file: rotation adds the panel's new key (restricted to the agent like
 * the first) and then drops the old one, so the panel never needs the operator twice.
 */
import fs from 'node:fs/promises';
import { readTextIfExists, writeFileAtomic } from '../drivers/dns/io';

const KEY = /^(ssh-ed25519|ecdsa-sha2-nistp256|ssh-rsa) ([A-Za-z0-9+/]+=*)$/;

/** The key's type and base64 blob; throws for anything else (options, newlines, comments). */
export function parsePublicKey(publicKey: string): { type: string; blob: string } {
  const words = publicKey.trim().split(/\s+/);
  const m = KEY.exec(words.slice(0, 2).join(' '));
  if (!m || /[\r\n]/.test(publicKey))
    throw new Error('publicKey: an OpenSSH public key line (type and base64) is expected');
  return { type: m[1]!, blob: m[2]! };
}

/** The authorized_keys line that lets `publicKey` run the agent and nothing else. */
export function agentKeyLine(publicKey: string, agentCommand: string, comment = 'heliosphere-panel'): string {
  const { type, blob } = parsePublicKey(publicKey);
  if (/["\\\n]/.test(agentCommand)) throw new Error('the agent command cannot be quoted in authorized_keys');
  const safeComment = comment.replace(/[^A-Za-z0-9._:@-]/g, '_');
  return `restrict,command="${agentCommand}" ${type} ${blob} ${safeComment}`;
}

function lines(text: string | null): string[] {
  return (text ?? '').split('\n').filter((l) => l.trim() !== '');
}

export async function authorizeKey(
  file: string,
  publicKey: string,
  agentCommand: string,
  comment?: string,
): Promise<void> {
  const { blob } = parsePublicKey(publicKey);
  const kept = lines(await readTextIfExists(file)).filter((l) => !l.split(/\s+/).includes(blob));
  kept.push(agentKeyLine(publicKey, agentCommand, comment));
  await writeFileAtomic(file, `${kept.join('\n')}\n`, 0o600);
}

/** Removes the key's line; true when there was one. Never leaves the file without the key in use (the caller's). */
export async function forgetKey(file: string, publicKey: string): Promise<boolean> {
  const { blob } = parsePublicKey(publicKey);
  const all = lines(await readTextIfExists(file));
  const kept = all.filter((l) => !l.split(/\s+/).includes(blob));
  if (kept.length === all.length) return false;
  await writeFileAtomic(file, kept.length ? `${kept.join('\n')}\n` : '', 0o600);
  await fs.chmod(file, 0o600);
  return true;
}
