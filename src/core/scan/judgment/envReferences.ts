// Values that read a secret from the environment or a secret store instead of holding it.
const ENV_REFERENCE = new RegExp(
  '^(?:' +
    [
      'process\\.env\\b',
      'import\\.meta\\.env\\b',
      'Deno\\.env\\b',
      'Bun\\.env\\b',
      'os\\.environ\\b',
      'os\\.getenv\\b',
      'getenv\\s*\\(',
      'env\\s*\\(',
      'ENV\\[',
      'ENV\\.fetch\\b',
      'System\\.getenv\\b',
      'Environment\\.GetEnvironmentVariable\\b',
      'os\\.Getenv\\b',
      'std::env::var\\b',
      '\\$\\{',
      '\\$\\(',
      // $VAR, but not the modular crypt format's `$apr1$`, `$y$`, `$argon2id$` (a hash, not a reference).
      '\\$[A-Za-z_](?!\\w*\\$)',
      '%[A-Za-z_]\\w*%',
      '\\{\\{',
      'var\\.',
      'local\\.',
      'data\\.',
      'secrets\\.',
      'vault:',
      'env:',
      'ssm:',
      'arn:aws:secretsmanager:',
    ].join('|') +
    ')',
);

export function isEnvReference(secret: string): boolean {
  return ENV_REFERENCE.test(secret);
}
