// How each language reads an environment variable, for the "Move to Vault" quick fix, and how
// it writes a line comment, for "Ignore on This Line". Keyed by VS Code language ids, which are
// plain strings and need no vscode import.

const ENV_REFERENCE: Record<string, (name: string) => string> = {
  javascript: (n) => `process.env.${n}`,
  javascriptreact: (n) => `process.env.${n}`,
  typescript: (n) => `process.env.${n}`,
  typescriptreact: (n) => `process.env.${n}`,
  python: (n) => `os.environ["${n}"]`,
  go: (n) => `os.Getenv("${n}")`,
  java: (n) => `System.getenv("${n}")`,
  kotlin: (n) => `System.getenv("${n}")`,
  ruby: (n) => `ENV["${n}"]`,
  shellscript: (n) => `"$${n}"`,
  yaml: (n) => `\${${n}}`,
  dockercompose: (n) => `\${${n}}`,
  csharp: (n) => `Environment.GetEnvironmentVariable("${n}")`,
  php: (n) => `getenv('${n}')`,
  rust: (n) => `std::env::var("${n}").unwrap_or_default()`,
};

export type Replacement =
  /** Replace the quoted literal (quotes included) with an expression. */
  | { kind: 'expression'; text: string }
  /** Replace the bare value (unquoted contexts: shell, YAML) with a reference. */
  | { kind: 'value'; text: string }
  /** `.env` files: keep the name, drop the value. */
  | { kind: 'remove-value' };

/** What replaces a hard-coded secret in a file of `languageId`; undefined when unsupported. */
export function envReplacement(languageId: string, name: string): Replacement | undefined {
  if (languageId === 'dotenv' || languageId === 'properties' || languageId === 'ini') return { kind: 'remove-value' };
  const make = ENV_REFERENCE[languageId];
  if (!make) return undefined;
  return {
    kind:
      languageId === 'shellscript' || languageId === 'yaml' || languageId === 'dockercompose' ? 'value' : 'expression',
    text: make(name),
  };
}

export function supportsEnvReplacement(languageId: string): boolean {
  return envReplacement(languageId, 'X') !== undefined;
}

const HASH_COMMENT = new Set([
  'python',
  'ruby',
  'shellscript',
  'yaml',
  'dockercompose',
  'dotenv',
  'properties',
  'toml',
  'dockerfile',
  'perl',
  'r',
  'powershell',
  'makefile',
  'terraform',
  'ini',
  'coffeescript',
  'elixir',
]);
const DASH_COMMENT = new Set(['sql', 'lua', 'haskell']);

/** The line comment that suppresses a finding, e.g. `// keyward-ignore` or `# keyward-ignore`. */
export function ignoreComment(languageId: string): string | undefined {
  if (languageId === 'json' || languageId === 'plaintext' || languageId === 'markdown') return undefined;
  if (HASH_COMMENT.has(languageId)) return '# keyward-ignore';
  if (DASH_COMMENT.has(languageId)) return '-- keyward-ignore';
  if (languageId === 'html' || languageId === 'xml') return '<!-- keyward-ignore -->';
  return '// keyward-ignore';
}

/** A variable name for a value found under `hint` (the assigned identifier or the rule's provider). */
export function suggestEnvName(hint: string): string {
  const words = hint
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const name = words.join('_').toUpperCase();
  if (!name) return 'SECRET';
  return /^[0-9]/.test(name) ? `KEY_${name}` : name;
}
