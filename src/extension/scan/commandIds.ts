// Known without loading the modules that implement them (see registerLazyCommands).
export const SCAN_COMMANDS = ['keyward.scanWorkspace', 'keyward.moveToVault', 'keyward.addToBaseline'] as const;
