// Framework secrets with a fixed name and shape: WordPress keys and salts (64 printable
// characters), Laravel's APP_KEY (base64:32 bytes), Rails' secret_key_base (128 hex) and
// master.key (32 hex, recognised by the file's name), Django's SECRET_KEY, FileZilla's saved
// passwords, Jenkins' encrypted secrets (which the instance's own key opens), PuTTY private key
// files, and JSON-escaped keys in service-account files.
import type { Rule } from '../../types';

const DOCS =
  "An application's signing or encryption secret is committed. Anyone with it can forge sessions or decrypt data: generate a new one and load it from the environment.";

function appRule(
  rule: Omit<Rule, 'provider' | 'category' | 'severity' | 'generic' | 'docs'> & { docs?: string },
): Rule {
  return {
    docs: DOCS,
    basis: 'context',
    ...rule,
    provider: 'generic',
    category: 'secret',
    severity: 'error',
    generic: true,
  };
}

export const appSecretRules: Rule[] = [
  appRule({
    id: 'wordpress-salt',
    description: 'WordPress authentication key or salt',
    keywords: ['_key', '_salt'],
    alsoKeywords: ['define'],
    pattern:
      /\bdefine\(\s{0,4}['"](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)['"]\s{0,4},\s{0,20}(['"])((?:(?!\1)[ -~]){40,128})\1/,
    secretGroup: 2,
    minEntropy: 4,
  }),
  appRule({
    id: 'laravel-app-key',
    description: 'Laravel APP_KEY',
    keywords: ['app_key'],
    pattern: /\bAPP_KEY\s{0,4}[=:]\s{0,4}["']?(base64:[A-Za-z0-9+/]{43}=)/,
    secretGroup: 1,
  }),
  appRule({
    id: 'rails-secret-key-base',
    description: 'Rails secret_key_base',
    keywords: ['secret_key_base'],
    pattern: /\bsecret_key_base\b["']?\s{0,4}(?:[=:]|=>)\s{0,4}["']?([a-f0-9]{64,256})\b/i,
    secretGroup: 1,
    minEntropy: 3,
  }),
  appRule({
    // `rails credentials:edit` writes the key that opens config/credentials.yml.enc to
    // config/master.key (or config/credentials/<env>.key): 32 hex digits and nothing else, so
    // the file's name is the evidence. Rails adds it to .gitignore; committed, it opens every
    // credential of the app.
    id: 'rails-master-key',
    description: 'Rails master key',
    keywords: [],
    fileName: /(?:^|\/)config\/(?:master|credentials\/[\w-]{1,40})\.key$/,
    pattern: /^\s{0,8}([a-f0-9]{32})\s{0,8}$/,
    secretGroup: 1,
    minEntropy: 3,
    docs: "Rails' master key is committed: it decrypts config/credentials.yml.enc. Run `rails credentials:edit` to rotate it, rotate every credential it protected, and keep the key file out of the repository (RAILS_MASTER_KEY in the environment).",
  }),
  appRule({
    id: 'django-secret-key',
    description: 'Django SECRET_KEY',
    keywords: ['secret_key'],
    pattern: /^\s{0,8}SECRET_KEY\s{0,4}=\s{0,4}[rb]?(['"])((?:(?!\1)[!-~]){30,128})\1/m,
    secretGroup: 2,
    minEntropy: 3.5,
  }),
  appRule({
    id: 'filezilla-password',
    description: 'FileZilla saved password',
    keywords: ['<pass'],
    pattern: /<Pass\s{1,4}encoding="base64"\s{0,4}>([A-Za-z0-9+/]{4,512}={0,2})<\/Pass>/,
    secretGroup: 1,
  }),
  appRule({
    id: 'jenkins-encrypted-secret',
    description: 'Jenkins credentials.xml secret',
    keywords: ['{aqaaab'],
    // Encrypted with the instance's master key, which sits on the same controller: as good as plain.
    pattern:
      /<(?:secret|password|passphrase|privateKey|apiToken|token)>\s{0,4}(\{AQAAAB[A-Za-z0-9+/=]{20,4096}\})\s{0,4}<\//,
    secretGroup: 1,
  }),
  appRule({
    id: 'putty-private-key',
    description: 'PuTTY private key',
    keywords: ['putty-user-key-file-'],
    pattern:
      /PuTTY-User-Key-File-[23]:[^\n]{1,100}\r?\n(?:[^\n]{0,300}\r?\n){0,40}?Private-Lines:\s{0,4}\d{1,4}\r?\n((?:[A-Za-z0-9+/=]{4,128}\r?\n){0,200}[A-Za-z0-9+/=]{4,128})/,
    secretGroup: 1,
    minEntropy: 4,
    multiline: true,
    spanWholeMatch: true,
    basis: 'format',
    docs: 'A PuTTY private key is committed. Replace the key pair, remove it from history, and keep keys in your SSH agent or a secret store.',
  }),
];
