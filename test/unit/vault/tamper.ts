import { readFileSync, writeFileSync } from 'node:fs';
import { sqlEngine } from '../../support/sql';

/** Edits the vault file directly with SQL, as an attacker with write access to the file could. */
export async function tamper(file: string, ...statements: string[]): Promise<void> {
  const sql = await sqlEngine();
  const db = new sql.Database(readFileSync(file));
  for (const statement of statements) db.exec(statement);
  writeFileSync(file, db.export());
  db.close();
}
