// What the activation bundle's services need from the features bundle (dist/features.js, see
// features.ts), as types only: importing this module loads nothing. The composition root loads
// the bundle on first use and hands it to the services' constructors, where TypeScript checks that
// it provides these.
import type initSqlJs from 'sql.js';
import type { checkBaselineSalt, DEFAULT_BASELINE_PATH, readBaseline } from '../core/scan/baseline';
import type { CONFIG_FILE, defaultScanConfig, loadScanConfig } from '../core/scan/config';
import type { scannerFor } from '../core/scan/configuredScanner';
import type { rulesFor } from '../core/scan/extraRules';
import type { ephemeralSalt, readFingerprintSalt } from '../core/scan/fingerprintSalt';
import type { excludeMatcher } from '../core/scan/sources/excludeMatcher';
import type { KeyAgent } from '../core/agent/agent';
import type { writeCliShim, writeRuntimeShim } from '../core/agent/shims';
import type { vaultKeySource } from '../core/agent/vaultSource';
import type { AuditEvent } from '../core/vault/audit';
import type { rotateWithHandover } from '../core/vault/masterHandover';
import type { importMasterKey, unlockVault } from '../core/vault/unlock';
import type { Vault } from '../core/vault/vault';

/** Opening, creating and re-keying vault files (sql.js, the vault core, the master-key handover). */
export interface VaultEngine {
  Vault: Pick<typeof Vault, 'open' | 'create'>;
  initSqlJs: typeof initSqlJs;
  unlockVault: typeof unlockVault;
  importMasterKey: typeof importMasterKey;
  rotateWithHandover: typeof rotateWithHandover;
}

/** Reading scan configurations and baselines, and building scanners (the rules, zod, gitignore). */
export interface ScanEngine {
  CONFIG_FILE: typeof CONFIG_FILE;
  defaultScanConfig: typeof defaultScanConfig;
  loadScanConfig: typeof loadScanConfig;
  rulesFor: typeof rulesFor;
  scannerFor: typeof scannerFor;
  excludeMatcher: typeof excludeMatcher;
  readBaseline: typeof readBaseline;
  checkBaselineSalt: typeof checkBaselineSalt;
  DEFAULT_BASELINE_PATH: typeof DEFAULT_BASELINE_PATH;
  readFingerprintSalt: typeof readFingerprintSalt;
  ephemeralSalt: typeof ephemeralSalt;
}

/** The key agent and the shims through which terminals and debug sessions reach it. */
export interface AgentEngine {
  KeyAgent: Pick<typeof KeyAgent, 'start'>;
  vaultKeySource: typeof vaultKeySource;
  writeCliShim: typeof writeCliShim;
  writeRuntimeShim: typeof writeRuntimeShim;
}

/**
 * Runs before every reveal of `names` (copy, terminal injection, task) and throws to refuse it;
 * `record` writes to the audit log of the vault being revealed from.
 */
export type RevealGate = (
  names: string[],
  purpose: string,
  record: (event: AuditEvent) => Promise<void>,
) => Promise<void>;
