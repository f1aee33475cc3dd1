import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KeyAgent } from '../../../src/core/agent/agent';
import { AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV, COMMIT_AGENT_ENV, COMMIT_TOKEN_ENV } from '../../../src/core/agent/env';
import type { CommitCheck } from '../../../src/core/agent/session';
import { git, GIT_ENV, tempRepo } from '../../fixtures/cli-scan/git';
import { genericAssignment } from '../../fixtures/cli-scan/secrets';
import { CLI } from '../../support/cli';
import { useDist } from '../../support/dist';
import { assertNoPlantedValue } from '../../support/plantedSearch';

/** Runs git without blocking this process, where the agent answers the hook. */
function gitCommit(repo: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('git', ['commit', '-q', '-m', 'change'], { cwd: repo, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

// The pre-commit hook (installed by the built CLI) under VS Code's Source Control: git inherits
// the extension host's environment, which names the agent's commit-check session.
describe('the pre-commit hook asks VS Code instead of refusing outright', function () {
  this.timeout(120_000);
  useDist();
  let repo: string;
  let agent: KeyAgent;
  let asked: CommitCheck[];
  let decision: 'commit' | 'abort';
  let env: NodeJS.ProcessEnv;
  let leak: { line: string; secret: string };

  beforeEach(async () => {
    repo = tempRepo('keyward-commit-check-');
    agent = await KeyAgent.start({ grant: () => Promise.resolve('deny') });
    asked = [];
    decision = 'abort';
    const session = agent.openSession({
      label: 'Source Control',
      commitCheck: (check) => {
        asked.push(check);
        return Promise.resolve(decision);
      },
    });
    env = {
      ...GIT_ENV,
      [COMMIT_AGENT_ENV]: session.env[AGENT_ADDRESS_ENV],
      [COMMIT_TOKEN_ENV]: session.env[AGENT_TOKEN_ENV],
    };
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'init');
    const install = await gitLike(process.execPath, [CLI, 'hook', 'install'], repo);
    assert.equal(install, 0);
    leak = genericAssignment();
    writeFileSync(path.join(repo, 'config.env'), `${leak.line}\n`);
    git(repo, 'add', 'config.env');
  });
  afterEach(async () => {
    await agent.close();
    rmSync(repo, { recursive: true, force: true });
  });

  it('commits when the user chooses "Commit Anyway" in VS Code, which saw the masked findings', async () => {
    decision = 'commit';
    const result = await gitCommit(repo, env);
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /committing anyway, as chosen in VS Code/);
    assert.match(git(repo, 'log', '--oneline'), /change/);
    assert.equal(asked.length, 1);
    assert.equal(asked[0].repository, repo);
    assert.deepEqual(
      asked[0].findings.map((f) => [f.file, f.line]),
      [['config.env', 1]],
    );
    assertNoPlantedValue(JSON.stringify(asked), [leak.secret], 'what VS Code was sent');
    assertNoPlantedValue(result.output, [leak.secret], "the hook's output");
  });

  it('stays blocked when the user says no, when VS Code is gone, and outside VS Code', async () => {
    const head = git(repo, 'rev-parse', 'HEAD');
    const refused = await gitCommit(repo, env);
    assert.notEqual(refused.status, 0);
    assert.match(refused.output, /commit stopped/);
    await agent.close();
    const gone = await gitCommit(repo, env);
    assert.notEqual(gone.status, 0);
    assert.match(gone.output, /No Keyward agent is listening|hung up|closed/);
    const plain = await gitCommit(repo, GIT_ENV);
    assert.notEqual(plain.status, 0);
    assert.equal(asked.length, 1, 'only the first commit reached VS Code');
    assert.equal(git(repo, 'rev-parse', 'HEAD'), head, 'nothing was committed');
  });

  it('says how to reinstall when the CLI it was installed from is gone, and uses keyward on PATH if there is one', async () => {
    const moved = path.join(repo, '..', `${path.basename(repo)}-cli`);
    mkdirSync(moved);
    copyFileSync(CLI, path.join(moved, 'cli.js'));
    copyFileSync(path.join(path.dirname(CLI), 'cli-main.js'), path.join(moved, 'cli-main.js'));
    copyFileSync(path.join(path.dirname(CLI), 'sql-wasm.wasm'), path.join(moved, 'sql-wasm.wasm'));
    copyFileSync(path.join(path.dirname(CLI), 'scan-worker.js'), path.join(moved, 'scan-worker.js'));
    assert.equal(await gitLike(process.execPath, [path.join(moved, 'cli.js'), 'hook', 'install'], repo), 0);
    rmSync(moved, { recursive: true, force: true });
    git(repo, 'reset', '-q');
    writeFileSync(path.join(repo, 'clean.txt'), 'nothing secret\n');
    git(repo, 'add', 'clean.txt');
    const lost = await gitCommit(repo, GIT_ENV);
    assert.notEqual(lost.status, 0);
    assert.match(lost.output, /is gone \(was Keyward updated or moved\?\)\. Reinstall the hook: keyward hook install/);
    const bin = path.join(repo, '..', `${path.basename(repo)}-bin`);
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'keyward'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`, { mode: 0o755 });
    const found = await gitCommit(repo, { ...GIT_ENV, PATH: `${bin}${path.delimiter}${process.env.PATH}` });
    rmSync(bin, { recursive: true, force: true });
    assert.equal(found.status, 0, found.output);
    assert.ok(readFileSync(path.join(repo, '.git', 'hooks', 'pre-commit'), 'utf8').includes('command -v keyward'));
  });
});

function gitLike(command: string, args: string[], cwd: string): Promise<number | null> {
  return new Promise((resolve) => spawn(command, args, { cwd, env: GIT_ENV, stdio: 'ignore' }).on('close', resolve));
}
