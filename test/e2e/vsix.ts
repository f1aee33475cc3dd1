import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Packages the extension in `folder` into `out` with vsce, as a test fixture: no dependencies, licence or repository checks. */
export function packageVsix(root: string, folder: string, out: string): void {
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'vsce'),
    [
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--skip-license',
      '--no-rewrite-relative-links',
      '--out',
      out,
    ],
    { cwd: folder, stdio: 'ignore' },
  );
}

/** Installs `vsix` into code-server's `extensionsDir` ($CODE_SERVER, set by test/host/env.sh). */
export function installVsix(extensionsDir: string, vsix: string): void {
  execFileSync(process.env.CODE_SERVER!, ['--extensions-dir', extensionsDir, '--install-extension', vsix], {
    stdio: 'ignore',
  });
}
