import initSqlJs, { type SqlJsStatic } from 'sql.js';
import path from 'node:path';

let engine: Promise<SqlJsStatic> | undefined;

/** sql.js, loaded once, with the wasm that esbuild copies next to the bundle. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  engine ??= initSqlJs({ locateFile: (file) => path.join(__dirname, file) });
  return engine;
}
