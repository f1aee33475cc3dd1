import { KeywardError } from '../errors';

/**
 * Launch configurations that may ask for keys, and the property naming the program the debugger
 * starts: js-debug's `runtimeExecutable` (Node) and debugpy's `python`. Keyward points that
 * property at a shim (see shims.ts), so values never enter the configuration, which VS Code
 * passes through the workbench.
 */
const RUNTIME_FIELD = {
  node: 'runtimeExecutable',
  'pwa-node': 'runtimeExecutable',
  python: 'python',
  debugpy: 'python',
} as const;

export const DEBUG_TYPES_WITH_KEYS = Object.keys(RUNTIME_FIELD);

type RuntimeField = (typeof RUNTIME_FIELD)[keyof typeof RUNTIME_FIELD];

export interface DebugKeysRequest {
  keys: string[];
  field: RuntimeField;
  /** What the debugger would have started. */
  runtime: string;
}

const KEY_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/**
 * The keys a launch configuration asks for with `"keyward": { "keys": ["NAME", …] }`, or
 * undefined when it asks for none. A malformed request is an error, not silently ignored: the
 * program would otherwise start without the keys it expects.
 */
export function debugKeysRequest(
  config: Record<string, unknown>,
  platform: NodeJS.Platform,
): DebugKeysRequest | undefined {
  const wanted = config.keyward;
  if (wanted === undefined) return undefined;
  const field = RUNTIME_FIELD[config.type as keyof typeof RUNTIME_FIELD];
  if (!field)
    throw new KeywardError(
      `"keyward.keys" is supported in ${DEBUG_TYPES_WITH_KEYS.join(', ')} launch configurations.`,
      'usage',
      1,
    );
  if (config.request !== 'launch')
    throw new KeywardError(
      '"keyward.keys" needs a launch configuration: an attached process is already running.',
      'usage',
      1,
    );
  const keys: unknown = typeof wanted === 'object' && wanted !== null ? (wanted as { keys?: unknown }).keys : undefined;
  if (
    !Array.isArray(keys) ||
    keys.length === 0 ||
    !keys.every((k): k is string => typeof k === 'string' && KEY_NAME.test(k))
  )
    throw new KeywardError(
      '"keyward" in a launch configuration takes { "keys": ["NAME", …] } with vault key names.',
      'usage',
      1,
    );
  const current = config[field];
  const runtime: unknown = Array.isArray(current) ? (current as unknown[])[0] : current;
  if (runtime !== undefined && typeof runtime !== 'string')
    throw new KeywardError(`"${field}" must be a path or a command name.`, 'usage', 1);
  const fallback = field === 'python' ? (platform === 'win32' ? 'python' : 'python3') : 'node';
  return { keys: [...new Set(keys)], field, runtime: runtime || fallback };
}

/** The configuration with its runtime replaced by `shim`; an array-valued `python` keeps its extra arguments. */
export function withRuntime(
  config: Record<string, unknown>,
  request: DebugKeysRequest,
  shim: string,
): Record<string, unknown> {
  const current = config[request.field];
  return { ...config, [request.field]: Array.isArray(current) ? [shim, ...(current.slice(1) as unknown[])] : shim };
}
