// Known without loading the modules that implement them (see registerLazyCommands).
export const TASK_COMMANDS = ['keyward.runTaskWithKeys'] as const;
