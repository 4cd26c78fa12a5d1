import crypto from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const b64url = (b: Uint8Array | Buffer): string => Buffer.from(b).toString('base64url');
const sha256 = (b: Uint8Array | Buffer | string): Buffer => crypto.createHash('sha256').update(b).digest();

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_DATA = 0x40;

interface Credential {
  id: Buffer;
  rpId: string;
  privateKey: crypto.KeyObject;
  userHandle: string;
  signCount: number;
}

/**
 * A software passkey authenticator for tests (a platform authenticator with no attestation, like
 * a phone's): it answers the options the panel hands the browser exactly as a browser with a
 * real authenticator would (the WebAuthn JSON forms), with an ES256 key made by node:crypto, so
 * the server checks real signatures over real authenticator data.
 */
export class SoftwareAuthenticator {
  private readonly credentials: Credential[] = [];

  constructor(
    /** The origin the "browser" is on (it writes it into clientDataJSON, as a browser does). */
    readonly origin: string,
  ) {}

  /** navigator.credentials.create() with the JSON options of startPasskeyRegistration; answers RegistrationResponseJSON text. */
  create(optionsJson: string, opts: { rpId?: string } = {}): string {
    const options = JSON.parse(optionsJson) as { challenge: string; rp: { id: string }; user: { id: string } };
    const rpId = opts.rpId ?? options.rp.id;
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(jwk.x!, 'base64url')],
        [-3, Buffer.from(jwk.y!, 'base64url')],
      ]),
    );
    const id = crypto.randomBytes(16);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(id.length);
    const authData = Buffer.concat([
      sha256(rpId),
      Buffer.from([FLAG_USER_PRESENT | FLAG_USER_VERIFIED | FLAG_ATTESTED_DATA]),
      Buffer.alloc(4), // sign count 0
      Buffer.alloc(16), // AAGUID: none
      idLength,
      id,
      Buffer.from(cose),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]) as never,
    );
    const clientDataJSON = JSON.stringify({
      type: 'webauthn.create',
      challenge: options.challenge,
      origin: this.origin,
    });
    this.credentials.push({ id, rpId, privateKey, userHandle: options.user.id, signCount: 0 });
    return JSON.stringify({
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      response: {
        clientDataJSON: b64url(Buffer.from(clientDataJSON)),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    });
  }

  /**
   * navigator.credentials.get() with the JSON options of secondFactorPasskeyOptions: signs with
   * the first of its credentials the options allow (or `credential`, the index of one it made,
   * allowed or not); answers AuthenticationResponseJSON text.
   */
  get(optionsJson: string, opts: { credential?: number; challenge?: string } = {}): string {
    const options = JSON.parse(optionsJson) as { challenge: string; rpId: string; allowCredentials?: { id: string }[] };
    const allowed = new Set((options.allowCredentials ?? []).map((c) => c.id));
    const credential =
      opts.credential !== undefined
        ? this.credentials[opts.credential]
        : this.credentials.find((c) => allowed.has(b64url(c.id)));
    if (!credential) throw new Error('no credential of this authenticator is allowed');
    credential.signCount += 1;
    const count = Buffer.alloc(4);
    count.writeUInt32BE(credential.signCount);
    const authenticatorData = Buffer.concat([
      sha256(credential.rpId),
      Buffer.from([FLAG_USER_PRESENT | FLAG_USER_VERIFIED]),
      count,
    ]);
    const clientDataJSON = Buffer.from(
      JSON.stringify({ type: 'webauthn.get', challenge: opts.challenge ?? options.challenge, origin: this.origin }),
    );
    const signature = crypto.sign(
      'sha256',
      Buffer.concat([authenticatorData, sha256(clientDataJSON)]),
      credential.privateKey,
    );
    return JSON.stringify({
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        userHandle: credential.userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    });
  }
}
