// How the browser build (vscode.dev) stands in for the node: modules the live scanner touches;
// see src/web-shims/. Shared by esbuild.mjs and the test that runs that build's scanner.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const shims = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'web-shims');

/** @type {Pick<import('esbuild').BuildOptions, 'platform' | 'target' | 'alias' | 'inject'>} */
export const browserBuild = {
  platform: 'browser',
  target: 'es2022',
  alias: {
    'node:crypto': path.join(shims, 'crypto.ts'),
    'node:vm': path.join(shims, 'vm.ts'),
    'node:zlib': path.join(shims, 'zlib.ts'),
  },
  inject: [path.join(shims, 'buffer.ts')],
};
