import { rmSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { DEBUG_TYPES_WITH_KEYS, debugKeysRequest, withRuntime } from '../../core/agent/debugLaunch';
import type { SessionHandle } from '../../core/agent/session';
import { isKeywardError, KeywardError } from '../../core/errors';
import type { AgentService } from '../agent/agentService';
import type { Vaults } from '../vault/vaults';

/**
 * Debug sessions with keys: a Node or Python launch configuration with
 * `"keyward": { "keys": ["NAME"] }` starts its runtime through a shim that asks the key agent for
 * those keys (the user is asked once; the grant is audited), then becomes the runtime. The
 * configuration VS Code sees holds only the shim's path; launch.json is never touched.
 */
class DebugKeysProvider implements vscode.DebugConfigurationProvider, vscode.Disposable {
  /** Shim path → its agent session and folder, ended with the debug session. */
  private readonly running = new Map<string, { session: SessionHandle; dir: string }>();

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly vaults: Vaults,
    private readonly agents: AgentService,
  ) {}

  async resolveDebugConfigurationWithSubstitutedVariables(
    folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): Promise<vscode.DebugConfiguration | undefined> {
    try {
      const request = debugKeysRequest(config, process.platform);
      if (!request || this.running.has(request.runtime)) return config;
      const owner =
        this.vaults.forFolder(folder) ??
        (await this.vaults.choose(undefined, ['open'], vscode.l10n.t('Vault whose keys "{0}" gets', config.name)));
      // The grant is audited: Restricted Mode refuses it (VS Code starts no debug session there anyway).
      const vault = owner.requireWritable();
      const stored = new Set(vault.list().map((key) => key.name));
      const missing = request.keys.filter((name) => !stored.has(name));
      if (missing.length > 0)
        throw new KeywardError(
          vscode.l10n.t('"{0}" asks for {1}, which the vault does not hold.', config.name, missing.join(', ')),
          'key-missing',
          1,
        );
      const session = await this.agents.openSession({
        label: vscode.l10n.t('debug session "{0}"', config.name),
        vault: () => owner.requireWritable(),
        changed: () => owner.notifyChanged(),
        allowedKeys: request.keys,
      });
      const shim = await this.agents.writeRuntimeShim(session, { keys: request.keys, runtime: request.runtime });
      this.running.set(shim, { session, dir: path.dirname(shim) });
      this.log.info(
        `Debug session "${config.name}" starts ${request.runtime} through the key agent for ${request.keys.join(', ')}.`,
      );
      return withRuntime(config, request, shim) as vscode.DebugConfiguration;
    } catch (error) {
      // A Keyward error's message is the core's, in English; anything else is named by kind only.
      const message = isKeywardError(error)
        ? vscode.l10n.t('Keyward: {0}', error.message)
        : vscode.l10n.t('Keyward could not prepare the keys of "{name}" ({error}).', {
            name: config.name,
            error: (error as Error)?.name ?? 'unknown error',
          });
      this.log.warn(`Debug session "${config.name}": ${message}`);
      void vscode.window.showErrorMessage(message);
      return undefined;
    }
  }

  ended(session: vscode.DebugSession): void {
    for (const field of ['runtimeExecutable', 'python']) {
      const value: unknown = session.configuration[field];
      const runtime = Array.isArray(value) ? (value as unknown[])[0] : value;
      const entry = typeof runtime === 'string' ? this.running.get(runtime) : undefined;
      if (!entry) continue;
      this.running.delete(runtime as string);
      entry.session.end();
      rmSync(entry.dir, { recursive: true, force: true });
    }
  }

  dispose(): void {
    for (const { session } of this.running.values()) session.end();
    this.running.clear();
  }
}

export function registerDebugKeys(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  vaults: Vaults,
  agents: AgentService,
): void {
  const provider = new DebugKeysProvider(log, vaults, agents);
  context.subscriptions.push(
    provider,
    ...DEBUG_TYPES_WITH_KEYS.map((type) => vscode.debug.registerDebugConfigurationProvider(type, provider)),
    vscode.debug.onDidTerminateDebugSession((session) => provider.ended(session)),
  );
}
