import { chmodSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { answer } from './answer';
import type { GrantDecision, GrantRequest } from './context';
import { preparePlace, removePlace, type AgentPlace, type PlaceOptions } from './place';
import { AGENT_LIMITS, parseRequest, refusal, type AgentLimits, type AgentReply } from './protocol';
import { AgentSession, type SessionHandle, type SessionSpec } from './session';
import { newSessionToken, tokenId, tokenMatches } from './token';

export interface AgentOptions {
  /** Asks the user whether a process may have some keys (names only are shown). The CLI never decides. */
  grant(request: GrantRequest): Promise<GrantDecision>;
  /** Names, pids and reasons only; never a value or a token. */
  log?(message: string): void;
  place?: PlaceOptions;
  limits?: Partial<AgentLimits>;
  /** Where /proc is (tests point it elsewhere). */
  proc?: string;
}

/**
 * The key agent: programs started from VS Code get keys from the extension host, which holds the
 * master key, instead of from the workbench, which may be a browser across the network. Like
 * ssh-agent it listens on a Unix socket in a folder only this user can enter (a named pipe on
 * Windows); each consumer (terminals, a debug session) gets a session with its own token; each
 * connection carries one newline-terminated JSON request and gets one reply. Closing the agent
 * removes the socket and ends every session and every grant.
 */
export class KeyAgent {
  private readonly sessions = new Map<string, AgentSession>();
  private readonly sockets = new Set<Socket>();
  private readonly limits: AgentLimits;
  private closed = false;

  private constructor(
    private readonly server: Server,
    private readonly place: AgentPlace,
    private readonly options: AgentOptions,
  ) {
    this.limits = { ...AGENT_LIMITS, ...options.limits };
    server.on('connection', (socket) => this.accept(socket));
  }

  static async start(options: AgentOptions): Promise<KeyAgent> {
    const place = preparePlace(options.place);
    const server = createServer({ allowHalfOpen: false });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(place.address, () => {
          server.off('error', reject);
          resolve();
        });
      });
      // The folder already keeps others out; the socket's own mode says the same to anyone who looks.
      if (!place.address.startsWith('\\\\')) chmodSync(place.address, 0o600);
    } catch (error) {
      server.close();
      removePlace(place);
      throw error;
    }
    return new KeyAgent(server, place, options);
  }

  /** The socket path (or pipe name) programs connect to: KEYWARD_AGENT. */
  get address(): string {
    return this.place.address;
  }

  /** The agent's private folder, where the extension also writes its shims. */
  get dir(): string {
    return this.place.dir;
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  openSession(spec: SessionSpec): SessionHandle {
    if (this.closed) throw new Error('The key agent is closed.');
    const token = newSessionToken();
    const session = new AgentSession(spec, token);
    this.sessions.set(token.id, session);
    return session.handle(this.address, token, () => this.endSession(session));
  }

  /** Stops listening, drops every connection, ends every session and removes the folder with the socket. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const session of this.sessions.values()) session.ended = true;
    this.sessions.clear();
    // First, and synchronously: a host that exits right after disposing leaves no socket behind.
    removePlace(this.place);
    const closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
    const gone = refusal('unavailable', 'The key agent closed: its VS Code window closed or reloaded.');
    for (const socket of this.sockets) {
      if (socket.writable) socket.end(line(gone));
    }
    // A requester that never hangs up must not keep the window from closing.
    const stragglers = setTimeout(() => {
      for (const socket of this.sockets) socket.destroy();
    }, 1_000);
    await closing;
    clearTimeout(stragglers);
  }

  private endSession(session: AgentSession): void {
    session.ended = true;
    session.granted.clear();
    this.sessions.delete(session.token.id);
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const reply = (answer: AgentReply) => {
      if (socket.writable) socket.end(line(answer));
    };
    if (this.sockets.size > this.limits.connections) return reply(refusal('busy', 'The agent is busy; try again.'));
    let buffered = Buffer.alloc(0);
    let answered = false;
    const timer = setTimeout(() => {
      answered = true;
      reply(refusal('timeout', 'No complete request arrived in time.'));
    }, this.limits.requestTimeoutMs);
    socket.on('close', () => clearTimeout(timer));
    socket.on('data', (chunk) => {
      if (answered) return;
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf(0x0a);
      if (end === -1 && buffered.length <= this.limits.requestBytes) return;
      answered = true;
      clearTimeout(timer);
      // Reading goes on (and is discarded) so that a requester hanging up is noticed while the user decides.
      if (end === -1 || end > this.limits.requestBytes) {
        reply(refusal('too-large', `A request may hold at most ${this.limits.requestBytes} bytes.`));
        return;
      }
      void this.answer(buffered.subarray(0, end).toString('utf8'), socket)
        .catch((error: unknown) => {
          this.log(`A request failed unexpectedly (${(error as Error)?.name ?? 'unknown error'}).`);
          return refusal('internal', 'The agent failed to answer; see the Keyward log.');
        })
        .then(reply);
    });
  }

  private async answer(text: string, socket: Socket): Promise<AgentReply> {
    const parsed = parseRequest(text);
    if ('reply' in parsed) {
      this.log(`Refused a request: ${parsed.reply.ok ? '' : parsed.reply.message}`);
      return parsed.reply;
    }
    const { request } = parsed;
    const id = tokenId(request.token);
    const candidate = id === undefined ? undefined : this.sessions.get(id);
    return answer(request, {
      session: candidate && tokenMatches(request.token, candidate.token) ? candidate : undefined,
      grant: (grant) => this.options.grant(grant),
      decisionTimeoutMs: this.limits.decisionTimeoutMs,
      stillWanted: () => !this.closed && !socket.destroyed && socket.readyState !== 'closed',
      log: (message) => this.log(message),
      proc: this.options.proc,
    });
  }

  private log(message: string): void {
    this.options.log?.(message);
  }
}

function line(reply: AgentReply): string {
  return `${JSON.stringify(reply)}\n`;
}
