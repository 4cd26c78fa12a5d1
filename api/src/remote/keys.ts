import { utils } from 'ssh2';

/**
 * A fresh Ed25519 key pair: OpenSSH private key text, and the public key line (type and base64).
 * ssh2's generator writes a private key its own parser refuses about once in 250 (measured: 13 of
 * 3,000), so a pair is kept only once the key parses back.
 */
export function newKeyPair(comment: string): { privateKey: string; publicKey: string } {
  for (let attempt = 0; attempt < 20; attempt++) {
    const pair = utils.generateKeyPairSync('ed25519', { comment });
    if (utils.parseKey(pair.private) instanceof Error) continue;
    return { privateKey: pair.private, publicKey: pair.public.trim().split(/\s+/).slice(0, 2).join(' ') };
  }
  throw new Error('could not make an SSH key pair that parses');
}
