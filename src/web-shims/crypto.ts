// node:crypto for the browser build, as far as the scanner uses it: SHA-256 digests and
// HMAC-SHA-256 (fingerprints, documented-sample checks) and random bytes (a per-session
// fingerprint key). Synchronous, as the scanner is: WebCrypto's digest is asynchronous only.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Buffer } from 'buffer';

type Encoding = 'hex' | 'base64';
type Input = string | Uint8Array;

const bytes = (input: Input): Uint8Array => (typeof input === 'string' ? new TextEncoder().encode(input) : input);

class Digest {
  private readonly parts: Uint8Array[] = [];

  constructor(private readonly finish: (data: Uint8Array) => Uint8Array) {}

  update(input: Input): this {
    this.parts.push(bytes(input));
    return this;
  }

  digest(): Buffer;
  digest(encoding: Encoding): string;
  digest(encoding?: Encoding): Buffer | string {
    const result = Buffer.from(this.finish(Buffer.concat(this.parts)));
    return encoding ? result.toString(encoding) : result;
  }
}

function sha256Only(algorithm: string): void {
  if (algorithm !== 'sha256') throw new Error(`${algorithm} is not available in the browser build`);
}

export function createHash(algorithm: string): Digest {
  sha256Only(algorithm);
  return new Digest((data) => sha256(data));
}

export function createHmac(algorithm: string, key: Input): Digest {
  sha256Only(algorithm);
  return new Digest((data) => hmac(sha256, bytes(key), data));
}

export function randomBytes(size: number): Buffer {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(size)));
}
