// The `install` script: builds the bundle when Keyward is installed from its sources, as the
// pre-commit framework does (it clones the repository, runs npm install, then npm pack). It is
// not `prepare` or `prepack` because npm prints those scripts' banners on npm pack's stdout,
// which pre-commit reads as the tarball's name. Installed from the tarball, there is nothing to
// build (no esbuild.mjs), and this does nothing. A failed build does not fail the install (a
// developer's npm ci must work on code that does not compile yet): it says so, and the missing
// bundle is reported when the CLI is run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('esbuild.mjs') && existsSync('node_modules/esbuild')) {
  const build = spawnSync(process.execPath, ['esbuild.mjs', '--production'], { stdio: 'inherit' });
  if (build.status !== 0) console.error('keyward: building dist/ failed; run `npm run build` to see why.');
}
