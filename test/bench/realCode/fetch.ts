// The real-code corpus of the false-alarm benchmark: third-party packages pinned in
// manifest.json (npm tarballs via `npm pack`, Debian packages via `apt-get download` +
// `dpkg -x`), each checked against its sha256 and unpacked under ~/.cache/keyward-corpus,
// outside the repository. `npx tsx test/bench/realCode/fetch.ts --pin` records the digests
// of entries that have none (when the manifest changes); a digest mismatch is an error.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export interface CorpusPackage {
  source: 'npm' | 'debian';
  name: string;
  version: string;
  language: string;
  sha256?: string;
}

interface Manifest {
  comment: string;
  packages: CorpusPackage[];
}

const MANIFEST = path.join(__dirname, 'manifest.json');
export const CORPUS_DIR = process.env.KEYWARD_CORPUS_DIR ?? path.join(homedir(), '.cache', 'keyward-corpus');

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

/** Folder a package unpacks into; its name carries the pinned version. */
export function packageDir(pkg: CorpusPackage): string {
  return path.join(
    CORPUS_DIR,
    'unpacked',
    `${pkg.source}-${pkg.name.replace(/[@/]/g, '_')}-${pkg.version.replace(/[:~]/g, '_')}`,
  );
}

/** Downloads, verifies and unpacks every package not already unpacked; returns their folders. */
export function ensureCorpus(options: { pin?: boolean; log?: (line: string) => void } = {}): CorpusPackage[] {
  const log = options.log ?? console.log;
  const manifest = readManifest();
  const downloads = path.join(CORPUS_DIR, 'downloads');
  mkdirSync(downloads, { recursive: true });
  let pinned = false;
  for (const pkg of manifest.packages) {
    const target = packageDir(pkg);
    if (existsSync(target)) continue;
    const archive = download(pkg, downloads);
    const digest = createHash('sha256').update(readFileSync(archive)).digest('hex');
    if (!pkg.sha256) {
      if (!options.pin)
        throw new Error(`${pkg.name}@${pkg.version} has no sha256 in the manifest (run fetch.ts --pin)`);
      pkg.sha256 = digest;
      pinned = true;
    } else if (pkg.sha256 !== digest) {
      throw new Error(`${pkg.name}@${pkg.version}: sha256 ${digest} does not match the manifest's ${pkg.sha256}`);
    }
    const partial = `${target}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    if (pkg.source === 'npm') execFileSync('tar', ['-xzf', archive, '-C', partial]);
    else execFileSync('dpkg', ['-x', archive, partial]);
    renameSync(partial, target);
    log(`corpus: unpacked ${pkg.source} ${pkg.name} ${pkg.version}`);
  }
  if (pinned) writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest.packages;
}

function download(pkg: CorpusPackage, dir: string): string {
  const before = new Set(readdirSync(dir));
  if (pkg.source === 'npm') {
    execFileSync('npm', ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', dir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } else {
    execFileSync('apt-get', ['download', `${pkg.name}=${pkg.version}`], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const added = readdirSync(dir).filter((f) => !before.has(f));
  const expected = added[0] ?? existingArchive(pkg, dir);
  if (!expected) throw new Error(`download of ${pkg.name}@${pkg.version} produced no file`);
  return path.join(dir, expected);
}

/** A re-run finds the archive already there (npm pack and apt-get overwrite in place). */
function existingArchive(pkg: CorpusPackage, dir: string): string | undefined {
  const stem = pkg.source === 'npm' ? pkg.name.replace(/^@/, '').replace('/', '-') : pkg.name;
  return readdirSync(dir).find(
    (f) => f.startsWith(stem) && f.includes(pkg.version.replace(/^\d+:/, '').replace(/:/g, '%3a')),
  );
}

if (require.main === module) {
  ensureCorpus({ pin: process.argv.includes('--pin') });
}
