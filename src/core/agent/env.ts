// The environment variables through which programs find the key agent, in a module of their own
// so that the extension's activation bundle can name them without loading the protocol's schemas.

/** The variables a program needs to reach the agent, like ssh-agent's SSH_AUTH_SOCK. */
export const AGENT_ADDRESS_ENV = 'KEYWARD_AGENT';
export const AGENT_TOKEN_ENV = 'KEYWARD_AGENT_TOKEN';
/**
 * Set in the extension host's own environment while `keyward.scm.scanBeforeCommit` is on, so git
 * run by VS Code's Source Control hands them to the pre-commit hook; separate from the variables
 * above because this session decides commits and can read no key.
 */
export const COMMIT_AGENT_ENV = 'KEYWARD_COMMIT_AGENT';
export const COMMIT_TOKEN_ENV = 'KEYWARD_COMMIT_TOKEN';
