// Known without loading the modules that implement them (see registerLazyCommands).
export const SCM_COMMAND_IDS = ['keyward.scanStaged', 'keyward.installHook'] as const;
