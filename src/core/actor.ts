import { userInfo } from 'node:os';

/** Who acts, for the audit log: the OS user and the tool, e.g. `alice (keyward-cli)`. */
export function actorName(tool: string): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers); the audit still records the tool.
  }
  return `${user} (${tool})`;
}
