import type * as vscode from 'vscode';
import type { Handler } from '../commands';
import type { FindingsModel } from '../scan/findingsModel';
import type { ScanSetup } from '../scan/scanSetup';
import type { SettingsService } from '../settings';
import { assertTrusted } from '../trust';
import type { Vaults } from '../vault/vaults';
import type { HISTORY_COMMANDS } from './commandIds';
import type { HistoryDocuments } from './documents';
import { openHistoryFinding } from './open';
import { respondToLeak } from './respond';
import { runHistoryScan } from './scanHistoryCommand';

export interface HistoryCommandDeps {
  log: vscode.LogOutputChannel;
  settings: SettingsService;
  setup: ScanSetup;
  model: FindingsModel;
  vaults: Vaults;
  documents: HistoryDocuments;
}

/** Scan Git History and what its findings offer; loaded with the features bundle on first use. */
export function historyCommands(deps: HistoryCommandDeps): Record<(typeof HISTORY_COMMANDS)[number], Handler> {
  const { model, vaults, documents } = deps;
  return {
    // git log in an untrusted repository could run its configured diff drivers: not in Restricted Mode.
    'keyward.scanHistory': (arg?: unknown) => {
      assertTrusted();
      return runHistoryScan(arg, deps);
    },
    // From a repository's node, that repository's; from the view's title or the palette, all.
    'keyward.clearHistoryFindings': (arg?: unknown) => {
      const root = (arg as { kind?: unknown; group?: { root?: unknown } } | undefined)?.group?.root;
      model.clearHistory(typeof root === 'string' ? root : undefined);
    },
    'keyward.openHistoryFinding': (arg?: unknown) => openHistoryFinding(arg, model, documents),
    'keyward.respondToLeak': (arg?: unknown) => respondToLeak(arg, model, vaults),
  };
}
