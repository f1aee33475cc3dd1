// Known without loading the modules that implement them (see registerLazyCommands).
export const HISTORY_COMMANDS = [
  'keyward.scanHistory',
  'keyward.clearHistoryFindings',
  'keyward.openHistoryFinding',
  'keyward.respondToLeak',
] as const;
