import path from 'node:path';
import type * as vscode from 'vscode';
import type { KeyAgent } from '../../core/agent/agent';
import type { GrantDecision, GrantRequest } from '../../core/agent/context';
import type { SessionHandle, SessionSpec } from '../../core/agent/session';
import type { CliLauncher, RuntimeShim } from '../../core/agent/shims';
import type { Vault } from '../../core/vault/vault';
import type { AgentEngine } from '../featureTypes';
import { cliLauncher } from './bundledCli';

export interface AgentSessionRequest {
  /** Shown when the user is asked and in the audit log, e.g. `terminals of api`. */
  label: string;
  /** The vault this session's keys come from, found afresh on every request. */
  vault: () => Vault;
  /** Called after a grant or refusal changed the audit log. */
  changed: () => void;
  allowedKeys?: readonly string[];
}

/**
 * The extension host's key agent (see src/core/agent/agent.ts), started on first use and closed
 * with the window, which ends every session and grant. Programs in terminals and debug sessions
 * reach it through the socket; only the extension host holds the master key.
 */
export class AgentService implements vscode.Disposable {
  private agent: Promise<KeyAgent> | undefined;
  private started: KeyAgent | undefined;
  private disposed = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly engine: () => AgentEngine,
    private readonly ask: (request: GrantRequest) => Promise<GrantDecision>,
  ) {}

  async openSession(request: AgentSessionRequest): Promise<SessionHandle> {
    const agent = await this.start();
    return agent.openSession({
      label: request.label,
      source: this.engine().vaultKeySource(request.vault, request.changed),
      allowedKeys: request.allowedKeys,
    });
  }

  /** A session that decides commits for the pre-commit hook (see src/extension/scm/commitGuard.ts); it reads no key. */
  async openCommitSession(label: string, decide: NonNullable<SessionSpec['commitCheck']>): Promise<SessionHandle> {
    return (await this.start()).openSession({ label, commitCheck: decide });
  }

  /** How to start the CLI bundled with this extension. */
  get cli(): CliLauncher {
    return cliLauncher(this.extensionUri);
  }

  /** Writes the terminals' `keyward` command into the agent's private folder; returns its folder. */
  async writeCliShim(): Promise<string> {
    const bin = path.join((await this.start()).dir, 'bin');
    this.engine().writeCliShim(bin, this.cli);
    return bin;
  }

  /** Writes a debug session's runtime shim in a folder of its own (removed with `removeShims`); returns its path. */
  async writeRuntimeShim(session: SessionHandle, shim: Omit<RuntimeShim, 'launcher' | 'agentEnv'>): Promise<string> {
    const dir = path.join((await this.start()).dir, 'debug', session.id);
    const name = `keyward-${path.basename(shim.runtime).replace(/[^\w.-]/g, '_')}`;
    return this.engine().writeRuntimeShim(path.join(dir, name), {
      ...shim,
      launcher: this.cli,
      agentEnv: session.env,
    });
  }

  private start(): Promise<KeyAgent> {
    this.agent ??= this.engine()
      .KeyAgent.start({
        grant: (request) => {
          this.log.info(
            `Asking whether pid ${request.caller.pid} (${request.session}) may read ${request.keys.join(', ')}.`,
          );
          return this.ask(request);
        },
        log: (message) => this.log.warn(message),
      })
      .then(
        (agent) => {
          // The window may have closed while the agent was starting.
          if (this.disposed) void agent.close();
          this.started = agent;
          this.log.info(`Key agent listening at ${agent.address}.`);
          return agent;
        },
        (error: unknown) => {
          this.agent = undefined;
          throw error;
        },
      );
    return this.agent;
  }

  /** Closing removes the socket at once (see KeyAgent.close), before the host can exit. */
  dispose(): void {
    this.disposed = true;
    void this.started?.close();
  }
}
