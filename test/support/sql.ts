import initSqlJs, { type SqlJsStatic } from 'sql.js';

let engine: Promise<SqlJsStatic> | undefined;

/** The sql.js engine for tests running from source: the wasm next to the package's own JS. */
export function sqlEngine(): Promise<SqlJsStatic> {
  engine ??= initSqlJs({ locateFile: (file) => require.resolve(`sql.js/dist/${file}`) });
  return engine;
}
