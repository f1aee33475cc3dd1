// Everything the extension needs only on first use: command implementations, the vault core,
// sql.js, the scanner with its rules, zod. esbuild bundles this file on its own
// (dist/features.js); the activation bundle reaches it only through featuresBundle.ts, which the
// composition root calls on first use, so activation parses none of it. What the activation
// bundle's services need from here is declared, as types only, in featureTypes.ts.
export { keyCommands } from './vault/keyCommands';
export { vaultCommands } from './vault/vaultCommands';
export { rotationCommands } from './rotation/commands';
export { revealGate } from './rotation/revealGate';
export { rotateWithHandover } from '../core/vault/masterHandover';
export { importMasterKey, unlockVault } from '../core/vault/unlock';
export { scanCommands } from './scan/commands';
export { scmCommands } from './scm/commands';
export { historyCommands } from './history/commands';
export { taskCommands } from './terminal/taskWithKeys';
export { Vault } from '../core/vault/vault';
export { default as initSqlJs } from 'sql.js';
export { CONFIG_FILE, defaultScanConfig, loadScanConfig } from '../core/scan/config';
export { scannerFor } from '../core/scan/configuredScanner';
export { rulesFor } from '../core/scan/extraRules';
export { excludeMatcher } from '../core/scan/sources/excludeMatcher';
export { checkBaselineSalt, DEFAULT_BASELINE_PATH, readBaseline } from '../core/scan/baseline';
export { ephemeralSalt, readFingerprintSalt } from '../core/scan/fingerprintSalt';
export { KeyAgent } from '../core/agent/agent';
export { vaultKeySource } from '../core/agent/vaultSource';
export { writeCliShim, writeRuntimeShim } from '../core/agent/shims';
