// How to start a worker thread whose code sits beside the module that starts it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface WorkerEntry {
  /** Script path, or bootstrap code when `eval` is set. */
  script: string;
  eval: boolean;
}

/**
 * The worker beside `callerFile` (the caller's __filename): bundled, `bundle` next to the caller's
 * bundle in dist/; from source (tests), `source`, which is TypeScript: Node 20 ignores
 * `--import tsx` in a worker's execArgv, so a bootstrap registers tsx's require hook inside the
 * worker before loading it. Undefined when the script is missing (an unusual build).
 */
export function workerBeside(callerFile: string, source: string, bundle: string): WorkerEntry | undefined {
  const fromSource = callerFile.endsWith('.ts');
  const file = path.join(path.dirname(callerFile), fromSource ? source : bundle);
  if (!existsSync(file)) return undefined;
  if (!fromSource) return { script: file, eval: false };
  // createRequire keeps bundlers from trying to resolve the dev-only tsx dependency.
  const tsx = createRequire(callerFile).resolve('tsx/cjs/api');
  return { script: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`, eval: true };
}
