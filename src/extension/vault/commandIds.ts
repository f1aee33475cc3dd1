// Command ids per feature module, known without loading the modules that implement them.
import type { SettingsService } from '../settings';
import type { SecretClipboard } from './clipboard';
import type { KeysTreeProvider } from './keysTree';
import type { RemoteWindow } from './remoteWindow';
import type { Vaults } from './vaults';

export const KEY_COMMANDS = [
  'keyward.addKey',
  'keyward.copyValue',
  'keyward.rotateKey',
  'keyward.revertKey',
  'keyward.renameKey',
  'keyward.setRotationPeriod',
  'keyward.deleteKey',
  'keyward.refresh',
] as const;

export const VAULT_COMMANDS = [
  'keyward.createVault',
  'keyward.importEnv',
  'keyward.importMasterKey',
  'keyward.exportMasterKey',
] as const;

/** What the key and vault command modules are built from. */
export interface VaultCommandDeps {
  vaults: Vaults;
  settings: SettingsService;
  clipboard: SecretClipboard;
  /** Where the window runs when that is not this machine: a copy would send the value there. */
  remoteWindow: RemoteWindow | undefined;
  /** Tells the Keys view's own nodes from look-alike arguments. */
  keysTree: Pick<KeysTreeProvider, 'node'>;
}
