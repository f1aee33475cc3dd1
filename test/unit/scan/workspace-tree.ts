// Test helper: throw-away directory trees, and fake secrets built at runtime so that no
// realistic secret literal lives in a test source file.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScanConfig } from '../../../src/core/scan/config';

export function makeTree(files: Record<string, string | Uint8Array>): { root: string; dispose(): void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'keyward-ws-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** The schema's defaults, written out so file tests do not depend on rule modules. */
export function testConfig(overrides: Partial<ScanConfig> = {}): ScanConfig {
  return {
    extraRules: [],
    disabledRules: [],
    exclude: [],
    gitignore: true,
    maxFileBytes: 1024 * 1024,
    failOnSkipped: false,
    allowlists: [],
    ...overrides,
  };
}

/** A random alphanumeric string of `length` characters (high entropy, no provider prefix). */
export function randomToken(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');
}

/** A PEM-shaped private-key block with a random body. */
export function fakePemBlock(): string {
  const label = ['PRIVATE', 'KEY'].join(' ');
  const body = randomBytes(600)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n');
  return `-----BEGIN RSA ${label}-----\n${body}\n-----END RSA ${label}-----\n`;
}
