import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KeywardError } from '../errors';
import type { MasterRotationResult } from '../vault/masterRotation';
import type { Vault } from '../vault/vault';
import { incidentTimeline, renderIncidentReport, type ChecklistId } from './report';

export interface IncidentOptions {
  /** Keys to mark compromised. */
  keys: string[];
  /** Where reports go, e.g. `<workspace>/.keyward/incidents`. */
  folder: string;
  actor: string;
  now?: Date;
  /** Keys the caller has already rotated during this response (the extension walks through them). */
  rotated?: string[];
  /** A new master key to rotate to; the caller has already kept it safe. */
  newMasterKey?: Buffer;
  /** A master-key rotation the caller already did (the extension's SecretStorage hand-over). */
  masterRotated?: MasterRotationResult;
  title?: string;
}

export interface IncidentResult {
  reportPath: string;
  actions: string[];
}

/**
 * The headless part of an incident response (founding document, section 9): mark the keys
 * compromised, optionally rotate the master key, and write the report with the timeline and
 * what remains to do. Everything is audited; the report holds masked values only.
 */
export async function respondToIncident(vault: Vault, options: IncidentOptions): Promise<IncidentResult> {
  const now = options.now ?? new Date();
  const unknown = options.keys.filter((name) => !vault.list().some((k) => k.name === name));
  if (unknown.length) throw new KeywardError(`No key named ${unknown.join(', ')} in this vault.`, 'key-missing', 1);
  const actions: string[] = [];
  const done = new Set<ChecklistId>(['document']);
  const rotated = options.keys.filter((name) => options.rotated?.includes(name));
  for (const name of options.keys) {
    // A key rotated in this response was marked before its rotation, which made it active again (Vault.rotate).
    if (!rotated.includes(name) && vault.get(name).status !== 'compromised') await vault.setStatus(name, 'compromised');
    actions.push(`Marked ${name} compromised.`);
  }
  for (const name of rotated)
    actions.push(`Rotated ${name} to version ${vault.get(name).version}; the compromised value is retired.`);
  if (options.keys.length && rotated.length === options.keys.length) done.add('rotate-keys');
  const result = options.newMasterKey ? await vault.rotateMaster(options.newMasterKey) : options.masterRotated;
  if (result) {
    actions.push(
      `Rotated the master key from key id ${result.oldKeyId} to ${result.newKeyId}; re-encrypted ${result.keys} keys and ${result.versions} older versions.`,
    );
    done.add('new-master').add('re-encrypt');
  }
  const title =
    options.title ?? (options.keys.length ? `compromised ${options.keys.join(', ')}` : 'compromised master key');
  const reportPath = uniquePath(options.folder, `${now.toISOString().slice(0, 10)}-${slug(title)}`);
  await vault.recordEvent({
    action: 'incident',
    detail: `report ${path.basename(reportPath)}; keys: ${options.keys.join(', ') || 'none'}`,
  });
  actions.push(`Wrote this report and recorded the incident in the audit log.`);
  const keys = vault.list().filter((k) => options.keys.includes(k.name));
  const text = renderIncidentReport({
    title,
    at: now,
    actor: options.actor,
    keys,
    timeline: incidentTimeline(vault.auditLog(), options.keys),
    actions,
    done,
  });
  mkdirSync(options.folder, { recursive: true });
  writeFileSync(reportPath, text, { flag: 'wx' });
  return { reportPath, actions };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'incident'
  );
}

/** Never overwrites an earlier report of the same day. */
function uniquePath(folder: string, base: string): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${base}${n === 1 ? '' : `-${n}`}.md`);
    if (!existsSync(candidate)) return candidate;
  }
}
