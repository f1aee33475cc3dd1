// The `install` script: builds the bundle when Keyward is installed from its sources, as the
// pre-commit framework does (it clones the repository, runs npm install, then npm pack). It is
// not `prepare` or `prepack` because npm prints those scripts' banners on npm pack's stdout,
// which pre-commit reads as the tarball's name. Installed from the tarball, there is nothing to
// build (no esbuild.mjs), and this does nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('esbuild.mjs') && existsSync('node_modules/esbuild')) {
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { stdio: 'inherit' });
}
