// action.yml, run step by step the way a GitHub Actions runner runs a composite action: inputs
// and github.action_path expanded where a runner expands them (env, working-directory), each
// `run` in `bash --noprofile --norc -eo pipefail`, outputs read from $GITHUB_OUTPUT. The
// action is built from a copy of this project by its own `npm ci`, as on a runner.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { parse } from 'yaml';
import { git, GIT_ENV, tempRepo } from '../../fixtures/cli-scan/git';
import { commitAll } from '../../fixtures/cli-scan/history';
import { githubToken } from '../../fixtures/cli-scan/secrets';
import { sarifSchemaErrors } from '../../fixtures/sarif/validate';
import { parseJson } from '../../support/json';
import { copyProject } from '../../support/projectCopy';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const ACTION = parse(readFileSync(path.resolve(__dirname, '../../../action.yml'), 'utf8')) as Action;

/** Runs the action's steps in `workspace`; returns the failing step's status (or 0) and the outputs. */
function runAction(actionPath: string, workspace: string, inputs: Record<string, string>, steps = ['scan']) {
  const values = Object.fromEntries(Object.entries(ACTION.inputs).map(([k, v]) => [k, inputs[k] ?? v.default ?? '']));
  const expand = (text: string) =>
    text.replace(/\$\{\{\s*(github\.action_path|inputs\.([\w-]+))\s*\}\}/g, (_match, _name: string, input?: string) =>
      input ? values[input] : actionPath,
    );
  const outputFile = path.join(workspace, '..', `${path.basename(workspace)}.output`);
  writeFileSync(outputFile, '');
  let output = '';
  for (const step of ACTION.runs.steps) {
    if (step.uses || !steps.includes(step.id ?? step.name ?? '')) continue;
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: step['working-directory'] ? expand(step['working-directory']) : workspace,
      env: {
        ...GIT_ENV,
        ...env,
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
      },
      encoding: 'utf8',
    });
    output += r.stdout + r.stderr;
    if (r.status !== 0) return { status: r.status, outputs: readOutputs(outputFile), output };
  }
  return { status: 0, outputs: readOutputs(outputFile), output };
}

function readOutputs(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('the GitHub Action (action.yml)', function () {
  this.timeout(600_000);
  let actionPath: string;
  let workspace: string;
  before(() => {
    actionPath = realpathSync(mkdtempSync(path.join(tmpdir(), 'keyward-action-')));
    copyProject(actionPath);
    const build = runAction(actionPath, actionPath, {}, ['Build Keyward']); // setup-node is the runner's
    assert.equal(build.status, 0, build.output);
    assert.ok(existsSync(path.join(actionPath, 'dist', 'cli.js')), 'npm ci built the CLI');
  });
  after(() => rmSync(actionPath, { recursive: true, force: true }));
  beforeEach(() => {
    workspace = tempRepo('keyward-workspace-');
    writeFileSync(path.join(workspace, 'README.md'), '# project\n');
    commitAll(workspace, 'init', { date: '2022-01-01T00:00:00Z' });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('is a composite action whose scripts never expand an input (no injection)', () => {
    assert.equal(ACTION.runs.using, 'composite');
    assert.ok(ACTION.runs.steps.some((s) => s.uses?.startsWith('actions/setup-node@')));
    for (const step of ACTION.runs.steps.filter((s) => s.run)) {
      assert.doesNotMatch(step.run!, /\$\{\{/, `${step.name ?? step.id}: an expression inside run`);
      assert.equal(step.shell, 'bash');
    }
  });

  it('writes schema-valid SARIF and passes on a clean repository', () => {
    const r = runAction(actionPath, workspace, {});
    assert.equal(r.status, 0, r.output);
    assert.deepEqual(r.outputs, { 'sarif-file': 'keyward.sarif', 'exit-code': '0' });
    assert.deepEqual(
      sarifSchemaErrors(parseJson<Log>(readFileSync(path.join(workspace, 'keyward.sarif'), 'utf8'))),
      [],
    );
  });

  it('fails on a secret in history, with the commit in the SARIF, unless told not to fail', () => {
    const token = githubToken();
    writeFileSync(path.join(workspace, 'deploy.sh'), `export GITHUB_TOKEN=${token}\n`);
    const sha = commitAll(workspace, 'leak', { date: '2022-02-01T00:00:00Z' });
    git(workspace, 'rm', '-q', 'deploy.sh');
    commitAll(workspace, 'remove', { date: '2022-03-01T00:00:00Z' });

    const r = runAction(actionPath, workspace, { history: 'true', 'sarif-file': 'out/history.sarif' });
    assert.equal(r.status, 1, r.output);
    assert.match(r.output, /::error::keyward scan found secrets/);
    assert.equal(r.outputs['exit-code'], '1');
    const log = parseJson<Log>(readFileSync(path.join(workspace, 'out', 'history.sarif'), 'utf8'));
    assert.deepEqual(sarifSchemaErrors(log), []);
    assert.equal(log.runs[0].results![0].partialFingerprints!.commitSha, sha);
    assert.ok(
      !r.output.includes(token) && !readFileSync(path.join(workspace, 'out', 'history.sarif'), 'utf8').includes(token),
    );

    const soft = runAction(actionPath, workspace, { history: 'true', 'fail-on-findings': 'false' });
    assert.equal(soft.status, 0, soft.output);
    assert.equal(soft.outputs['exit-code'], '1');
  });

  it('passes inputs as data: a path cannot run shell code', () => {
    const r = runAction(actionPath, workspace, { path: '$(touch pwned)', args: '; touch pwned2' });
    assert.equal(r.status, 2, r.output);
    assert.ok(!existsSync(path.join(workspace, 'pwned')) && !existsSync(path.join(workspace, 'pwned2')));
  });
});
