// Which repository and revision a history scan read, for SARIF's versionControlProvenance. A
// remote URL may carry credentials (https://user:token@host/...): they never reach a report.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type GitRunner, PLAIN_GIT } from './runner';

export interface RepositoryIdentity {
  /** An absolute URI without credentials: the origin remote, or the repository's folder. */
  uri: string;
  /** HEAD's commit id, when there is one. */
  revision?: string;
  /** HEAD's branch, when it is on one. */
  branch?: string;
}

async function optional(git: GitRunner, args: string[]): Promise<string | undefined> {
  try {
    return (await git.output([...PLAIN_GIT, ...args])).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function describeRepository(git: GitRunner, root: string): Promise<RepositoryIdentity> {
  const [remote, revision, branch] = await Promise.all([
    optional(git, ['remote', 'get-url', 'origin']),
    optional(git, ['rev-parse', '--verify', '-q', 'HEAD']),
    optional(git, ['symbolic-ref', '--short', '-q', 'HEAD']),
  ]);
  return {
    uri: (remote && publicRemoteUri(remote, root)) ?? directoryUri(root),
    ...(revision && { revision }),
    ...(branch && { branch }),
  };
}

/** The remote as an absolute URI with any user name and password removed. */
export function publicRemoteUri(remote: string, root: string): string | undefined {
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/\/)(.+)$/.exec(remote); // git@github.com:owner/repo.git
  if (scp && !/^[a-z]:[\\/]/i.test(remote)) return `ssh://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(remote);
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return directoryUri(path.resolve(root, remote)); // a path to another repository on this machine
  }
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
