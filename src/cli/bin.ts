// The `keyward` command (dist/cli.js): starts the CLI bundle beside it, dist/cli-main.js, through
// V8's code cache (see codeCache.ts). Kept apart so that this small file is all Node compiles
// before the cache is consulted.
import path from 'node:path';
import { codeCacheDir, loadBundle } from './codeCache';
import type * as Main from './main';

const loaded = loadBundle(path.join(__dirname, 'cli-main.js'), codeCacheDir(process.env));
if (process.env.KEYWARD_DEBUG) process.stderr.write(`keyward: code cache ${loaded.cache}\n`);
// At exit the cache also holds the functions this run compiled lazily, the next run's as well.
process.once('exit', () => loaded.save());
void (loaded.exports as typeof Main).runMain();
