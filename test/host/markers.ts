/**
 * Said by a host test (in its failure message) when the workbench opened a `.code-workspace` file
 * but never loaded its folders. VS Code's web workbench starts a remote workspace on an empty cached
 * configuration and swaps in the file's once the remote file system is up; when that one read fails,
 * it never retries, and the window stays without folders. That is the workbench's race, not
 * Keyward's: waitForFolders (test/integration/host.ts) writes the file again to make the workbench
 * read it once more, and if that does not help either the runner starts the session once more
 * (test/host/runHost.ts).
 */
export const WORKSPACE_NEVER_LOADED = 'the workbench never loaded the workspace file';
