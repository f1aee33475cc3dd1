import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import * as vscode from 'vscode';

/** What to start: a program and its arguments, where, with which environment (values included). */
export interface ProcessSpec {
  file: string;
  args: string[];
  cwd: string | undefined;
  env: NodeJS.ProcessEnv;
}

const KILL_GRACE_MS = 2_000;

/**
 * A task's terminal whose process the extension host starts itself, with an environment built
 * here: the keys go from the vault straight into the child, and only the child's output travels
 * to the workbench. The child gets pipes, not a pseudo-terminal (Node has none built in), so
 * programs that colour or prompt only on a TTY behave as they do in CI.
 */
export class KeyedProcessTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private child: ChildProcess | undefined;
  private finished = false;

  /** `prepare` yields the process to start (decrypting as late as possible) or throws a message to show. */
  constructor(private readonly prepare: () => Promise<ProcessSpec>) {}

  open(): void {
    void this.start();
  }

  handleInput(data: string): void {
    if (!this.child) return;
    if (data === '\x03') {
      this.signal('SIGINT');
      return;
    }
    // No TTY on the other side: echo what is typed, and turn Enter into the newline a pipe expects.
    this.written.fire(data === '\r' ? '\r\n' : data);
    this.child.stdin?.write(data === '\r' ? '\n' : data);
  }

  close(): void {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.signal('SIGTERM');
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) this.signal('SIGKILL');
    }, KILL_GRACE_MS).unref();
  }

  private async start(): Promise<void> {
    let spec: ProcessSpec;
    try {
      spec = await this.prepare();
    } catch (error) {
      this.finish(`${(error as Error).message}\r\n`, 1);
      return;
    }
    // Its own process group on POSIX, so stopping the task stops what the shell started too.
    const child = spawn(spec.file, spec.args, { cwd: spec.cwd, env: spec.env, detached: process.platform !== 'win32' });
    this.child = child;
    const show = (chunk: Buffer) => this.written.fire(chunk.toString('utf8').replace(/\r?\n/g, '\r\n'));
    child.stdout?.on('data', show);
    child.stderr?.on('data', show);
    child.stdin?.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) =>
      this.finish(vscode.l10n.t('Cannot start {0}: {1}', spec.file, error.code ?? error.name) + '\r\n', 127),
    );
    child.on('close', (code, signal) => this.finish('', code ?? (signal ? 128 + constants.signals[signal] : 1)));
  }

  private signal(signal: NodeJS.Signals): void {
    const child = this.child;
    if (!child?.pid) return;
    try {
      if (process.platform === 'win32') child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }

  private finish(message: string, code: number): void {
    if (this.finished) return;
    this.finished = true;
    if (message) this.written.fire(message);
    this.closed.fire(code);
    this.written.dispose();
    this.closed.dispose();
  }
}
