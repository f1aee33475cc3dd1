import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { generateMasterKey } from '../../src/core/crypto/masterKey';
import { newVault, plantedValue } from '../support/vault';

const MANIFEST = '.fixture.json';

/** A throwaway copy of a fixture workspace, and what the tests inside the host need to know about it. */
export interface PreparedWorkspace {
  folder: string;
  /** What VS Code opens: the folder, or the `.code-workspace` file the fixture names. */
  open: string;
  /** Handed to the extension host's environment. */
  env: Record<string, string>;
  /** False for a workspace VS Code must open in Restricted Mode (see test/host/runHost.ts). */
  trusted: boolean;
  dispose(): void;
}

const manifestSchema = z.strictObject({
  /** Create `.keyward/vault.db` under a fresh master key (a vault is binary and per-run, so it is not committed). */
  vault: z.boolean().default(false),
  /** Keys to add to that vault, each with a fresh planted value (JSON name → value in KEYWARD_TEST_VALUES). */
  keys: z.array(z.string()).default([]),
  /** A `.code-workspace` file in the fixture to open instead of the folder: a multi-root workspace. */
  workspaceFile: z.string().optional(),
  /** False: open it untrusted, in Restricted Mode, as a freshly cloned repository would be. */
  trusted: z.boolean().default(true),
});

/**
 * Copies test/fixtures/workspaces/<name> to a temp folder, or to `into` after emptying it (tests
 * may write to it freely), and applies its optional `.fixture.json`. Workspace-level extension
 * settings belong in the fixture's own `.vscode/settings.json`, exactly as a user would keep them.
 */
export async function prepareWorkspace(root: string, name: string, into?: string): Promise<PreparedWorkspace> {
  const fixture = path.join(root, 'test', 'fixtures', 'workspaces', name);
  if (!existsSync(fixture))
    throw new Error(`No fixture workspace ${fixture} (asked for by a "// @workspace ${name}" line).`);
  if (into) rmSync(into, { recursive: true, force: true });
  const folder = into
    ? (mkdirSync(into, { recursive: true }), into)
    : mkdtempSync(path.join(tmpdir(), `keyward-ws-${name}-`));
  cpSync(fixture, folder, { recursive: true, filter: (source) => path.basename(source) !== MANIFEST });
  const env: Record<string, string> = { KEYWARD_TEST_WORKSPACE: folder };

  const manifest = readManifest(fixture);
  if (manifest.vault) {
    const masterKey = generateMasterKey();
    const { vault } = await newVault(folder, masterKey);
    const values = Object.fromEntries(manifest.keys.map((name) => [name, plantedValue()]));
    for (const [name, value] of Object.entries(values)) await vault.add({ name, value });
    vault.close();
    env.KEYWARD_TEST_MASTER_KEY = masterKey.toString('base64');
    if (manifest.keys.length > 0) env.KEYWARD_TEST_VALUES = JSON.stringify(values);
  }
  const open = manifest.workspaceFile ? path.join(folder, manifest.workspaceFile) : folder;
  return {
    folder,
    open,
    env,
    trusted: manifest.trusted,
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  };
}

function readManifest(fixture: string): z.output<typeof manifestSchema> {
  const file = path.join(fixture, MANIFEST);
  return manifestSchema.parse(existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});
}
