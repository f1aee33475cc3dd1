import type { CallerView } from './caller';
import { type CommitDecision, type ReportedFinding } from './protocol';
import { AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV } from './env';
import type { SessionToken } from './token';

/**
 * Where a session's keys come from: one vault, reached afresh on every request (it may have been
 * locked, reloaded or replaced since the session began). Everything that leaves is audited there.
 */
export interface KeySource {
  /** Names of the keys a request without names gets: the active ones, of one environment if given. */
  names(environment?: string): string[];
  /** Decrypts for handing to a process; audited as an injection with `detail`. */
  reveal(names: string[], detail: string): Promise<Map<string, string>>;
  /** Audits a refused request. */
  refuse(names: string[], detail: string): Promise<void>;
  /** Masks any vaulted value that happens to appear in `text` (a command line, before it is shown or audited). */
  redact?(text: string): string;
}

/** What the pre-commit hook asks VS Code to decide: commit despite these findings, or not. */
export interface CommitCheck {
  caller: CallerView;
  repository: string;
  findings: ReportedFinding[];
}

/**
 * What a session is for, as the extension opens it: reading keys (terminals, a debug session)
 * through `source`, or deciding commits (Source Control) through `commitCheck`. A session can do
 * only what it was opened for.
 */
export interface SessionSpec {
  /** Shown in the grant prompt and the audit log, e.g. `terminals of folder api`. */
  label: string;
  source?: KeySource;
  commitCheck?: (check: CommitCheck) => Promise<CommitDecision>;
  /** When set, the only keys this session may ever read (a debug configuration's `keyward.keys`). */
  allowedKeys?: readonly string[];
}

/** A session as its owner holds it: the variables its programs need, and the way to end it. */
export interface SessionHandle {
  readonly id: string;
  readonly label: string;
  /** `KEYWARD_AGENT` and `KEYWARD_AGENT_TOKEN`, to put in the session's environment. */
  readonly env: Readonly<Record<string, string>>;
  end(): void;
}

/** One session inside the agent: its token's id and digest, the keys granted for the rest of it, and its prompt queue. */
export class AgentSession {
  readonly token: Pick<SessionToken, 'id' | 'digest'>;
  /** Keys the user allowed "for this session"; reset only by ending the session. */
  readonly granted = new Set<string>();
  ended = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly spec: SessionSpec,
    { id, digest }: SessionToken,
  ) {
    this.token = { id, digest };
  }

  get label(): string {
    return this.spec.label;
  }

  covers(names: readonly string[]): boolean {
    return names.every((name) => this.granted.has(name));
  }

  /**
   * Runs decisions one after another, so the user sees one prompt at a time per session and a
   * request that waited behind an "allow for this session" needs no prompt of its own.
   */
  serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** What the owner holds; the only place the whole token goes. */
  handle(address: string, token: SessionToken, end: () => void): SessionHandle {
    return {
      id: token.id,
      label: this.label,
      env: { [AGENT_ADDRESS_ENV]: address, [AGENT_TOKEN_ENV]: token.value },
      end,
    };
  }
}
