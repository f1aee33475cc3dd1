// The key agent's wire format: one JSON object per line, one request per connection, then the
// reply and the end of the connection. Nothing here imports the vault, so the CLI's client and the
// extension host's server share it without either pulling the other's dependencies.
import * as z from 'zod/mini';

export const PROTOCOL_VERSION = 1;

export type AgentLimits = Record<
  | 'requestBytes'
  | 'replyBytes'
  | 'keysPerRequest'
  | 'requestTimeoutMs'
  | 'connections'
  | 'decisionTimeoutMs'
  | 'findingsPerCheck',
  number
>;

export const AGENT_LIMITS: Readonly<AgentLimits> = {
  /** A request names a process and some keys: a few hundred bytes. Anything far bigger is refused unread. */
  requestBytes: 16 * 1024,
  /** A reply may hold up to `keysPerRequest` values of up to 64 KiB each (the vault's own limit), as JSON. */
  replyBytes: 20 * 1024 * 1024,
  keysPerRequest: 128,
  /** The request line must arrive within this time of connecting. */
  requestTimeoutMs: 5_000,
  /** Connections handled at once; more are refused until one ends. */
  connections: 16,
  /** How long the user may take to answer a grant prompt before the request is refused. */
  decisionTimeoutMs: 120_000,
  /** Findings a commit check may carry; the hook sends the first ones when there are more. */
  findingsPerCheck: 200,
};

const KeyName = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/));

export const CallerSchema = z.strictObject({
  pid: z.number().check(z.int(), z.positive()),
  /** The caller's own command line, as it knows it; checked against /proc on Linux. */
  argv: z.array(z.string().check(z.maxLength(4096))).check(z.maxLength(256)),
  cwd: z.string().check(z.maxLength(4096)),
});
export type Caller = z.infer<typeof CallerSchema>;

export const GetRequestSchema = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  op: z.literal('get'),
  token: z.string().check(z.maxLength(256)),
  caller: CallerSchema,
  /** Names to fetch; absent means every active key (of `environment`, when given). */
  keys: z.optional(z.array(KeyName).check(z.maxLength(AGENT_LIMITS.keysPerRequest))),
  environment: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/))),
});
export type GetRequest = z.infer<typeof GetRequestSchema>;

const Text = (max: number) => z.string().check(z.maxLength(max));

const Position = z.number().check(z.int(), z.positive());

/**
 * A finding as the pre-commit hook reports it, in the scanner's own shape (src/core/scan/types.ts):
 * where, which rule, the masked value and the fingerprint (an HMAC keyed with the repository's salt);
 * never the secret.
 */
export const ReportedFindingSchema = z.strictObject({
  ruleId: Text(128),
  category: z.enum(['secret', 'credential-hash', 'insecure-pattern']),
  severity: z.enum(['error', 'warning', 'info']),
  provider: Text(128),
  message: Text(512),
  file: Text(4096),
  line: Position,
  column: Position,
  endLine: Position,
  endColumn: Position,
  masked: Text(256),
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  confidence: z.enum(['low', 'medium', 'high']),
  reason: Text(256),
});
export type ReportedFinding = z.infer<typeof ReportedFindingSchema>;

/** The pre-commit hook, run by git for VS Code's Source Control, asks whether to commit despite findings. */
export const CommitCheckRequestSchema = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  op: z.literal('commit-check'),
  token: Text(256),
  caller: CallerSchema,
  /** The repository's top-level folder. */
  repository: Text(4096),
  findings: z.array(ReportedFindingSchema).check(z.minLength(1), z.maxLength(AGENT_LIMITS.findingsPerCheck)),
});
export type CommitCheckRequest = z.infer<typeof CommitCheckRequestSchema>;

export type AgentRequest = GetRequest | CommitCheckRequest;
const REQUESTS = { get: GetRequestSchema, 'commit-check': CommitCheckRequestSchema } as const;

/** Why the agent said no; the CLI maps each to its message and exit code. */
export type RefusalCode =
  | 'malformed'
  | 'too-large'
  | 'timeout'
  | 'unknown-op'
  | 'unauthorised'
  | 'caller-mismatch'
  | 'unknown-key'
  | 'denied'
  | 'busy'
  | 'unavailable'
  | 'internal';

export type CommitDecision = 'commit' | 'abort';

export type AgentReply =
  | { v: typeof PROTOCOL_VERSION; ok: true; values: Record<string, string> }
  | { v: typeof PROTOCOL_VERSION; ok: true; decision: CommitDecision }
  | { v: typeof PROTOCOL_VERSION; ok: false; code: RefusalCode; message: string };

export function refusal(code: RefusalCode, message: string): AgentReply {
  return { v: PROTOCOL_VERSION, ok: false, code, message };
}

const ReplySchema = z.union([
  z.strictObject({ v: z.literal(PROTOCOL_VERSION), ok: z.literal(true), values: z.record(z.string(), z.string()) }),
  z.strictObject({ v: z.literal(PROTOCOL_VERSION), ok: z.literal(true), decision: z.enum(['commit', 'abort']) }),
  z.strictObject({
    v: z.literal(PROTOCOL_VERSION),
    ok: z.literal(false),
    code: z.string(),
    message: z.string().check(z.maxLength(4096)),
  }),
]);

/** The reply line as the client reads it; undefined when it is not a reply this client understands. */
export function parseReply(line: string): AgentReply | undefined {
  try {
    const parsed = ReplySchema.safeParse(JSON.parse(line));
    return parsed.success ? (parsed.data as AgentReply) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The request line as the server reads it. Parse errors are described by field and kind only:
 * a malformed request may still carry a token, which must not be echoed or logged.
 */
export function parseRequest(line: string): { request: AgentRequest } | { reply: AgentReply } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { reply: refusal('malformed', 'The request is not JSON.') };
  }
  const op = typeof json === 'object' && json !== null ? (json as { op?: unknown }).op : undefined;
  if (op !== 'get' && op !== 'commit-check')
    return { reply: refusal('unknown-op', 'Unknown operation; this agent answers "get" and "commit-check".') };
  const parsed = REQUESTS[op].safeParse(json);
  if (parsed.success) return { request: parsed.data };
  const issue = parsed.error.issues[0];
  return { reply: refusal('malformed', `Invalid request: ${issue.path.join('.') || 'request'} (${issue.code}).`) };
}
