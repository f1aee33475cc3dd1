// Bundles the extension and the CLI. `--production` minifies and drops source maps;
// `--watch` rebuilds on change and prints problem-matcher friendly start/end lines.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const require = createRequire(import.meta.url);

function copyWasm() {
  mkdirSync('dist', { recursive: true });
  const wasm = path.join(path.dirname(require.resolve('sql.js')), 'sql-wasm.wasm');
  copyFileSync(wasm, 'dist/sql-wasm.wasm');
}

/** @type {import('esbuild').Plugin} */
const watchLog = {
  name: 'watch-log',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * The activation bundle reaches src/extension/features.ts only through a runtime require of
 * dist/features.js (its own bundle), so activation parses none of the features' code.
 */
/** @type {import('esbuild').Plugin} */
const featuresAsSeparateBundle = {
  name: 'features-as-separate-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/features$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'extension', 'loadFeatures.ts'))
        ? { path: './features.js', external: true }
        : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: watch ? [watchLog] : [],
};

const targets = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [...common.plugins, featuresAsSeparateBundle],
  },
  { ...common, entryPoints: ['src/extension/features.ts'], outfile: 'dist/features.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/core/scan/worker.ts'], outfile: 'dist/scan-worker.js' },
];

copyWasm();
if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
