// Bundles the extension and the CLI. `--production` minifies and drops source maps;
// `--watch` rebuilds on change and prints problem-matcher friendly start/end lines.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { browserBuild } from './scripts/browserShims.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const require = createRequire(import.meta.url);

function copyWasm() {
  mkdirSync('dist', { recursive: true });
  const wasm = path.join(path.dirname(require.resolve('sql.js')), 'sql-wasm.wasm');
  copyFileSync(wasm, 'dist/sql-wasm.wasm');
}

/**
 * In watch mode the bundles rebuild side by side, not always in one batch. The editor's
 * problem matcher (.vscode/tasks.json) replaces its problems at every "[watch] build started", so
 * each "[watch] build finished" comes after the last running build ends and is preceded by the
 * current problems of every bundle (once each), two lines apiece: `✘ [ERROR] text` (or
 * `▲ [WARNING] text`), then `    file:line:column:` (1-based, as editors count).
 */
const watchState = { building: 0, problems: new Map() };
/** @returns {import('esbuild').Plugin} */
function watchLog(bundle) {
  return {
    name: 'watch-log',
    setup(build) {
      build.onStart(() => {
        if (watchState.building++ === 0) console.log('[watch] build started');
      });
      build.onEnd((result) => {
        watchState.problems.set(bundle, [
          ...result.errors.map((m) => ['✘ [ERROR]', m]),
          ...result.warnings.map((m) => ['▲ [WARNING]', m]),
        ]);
        if (--watchState.building > 0) return;
        const printed = new Set();
        for (const [mark, { text, location }] of [...watchState.problems.values()].flat()) {
          const where = location ? `\n    ${location.file}:${location.line}:${location.column + 1}:` : '';
          const problem = `${mark} ${text}${where}`;
          if (printed.has(problem)) continue;
          printed.add(problem);
          console.error(location ? `${problem}\n      ${location.lineText}` : problem);
        }
        console.log('[watch] build finished');
      });
    },
  };
}

/**
 * The activation bundle reaches src/extension/features.ts only through a runtime require of
 * dist/features.js (its own bundle, required by featuresBundle.ts), so activation parses none of
 * the features' code.
 */
/** @type {import('esbuild').Plugin} */
const featuresAsSeparateBundle = {
  name: 'features-as-separate-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/features$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'extension', 'featuresBundle.ts'))
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
  // In watch mode watchLog reports problems, in the problem matcher's format.
  logLevel: watch ? 'silent' : 'warning',
};

const targets = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [featuresAsSeparateBundle],
  },
  { ...common, entryPoints: ['src/extension/features.ts'], outfile: 'dist/features.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-main.js' },
  { ...common, entryPoints: ['src/core/scan/worker.ts'], outfile: 'dist/scan-worker.js' },
  { ...common, entryPoints: ['src/core/scan/history/worker.ts'], outfile: 'dist/history-worker.js' },
  // The browser-only build (vscode.dev): the live scanner, with node: modules it touches replaced.
  {
    ...common,
    ...browserBuild,
    entryPoints: ['src/extension/web/extension.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
  },
];

copyWasm();
if (watch) {
  const watched = targets.map((t) => ({ ...t, plugins: [...(t.plugins ?? []), watchLog(t.outfile)] }));
  const contexts = await Promise.all(watched.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
