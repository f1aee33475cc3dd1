// @workspace scan
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { Baseline } from '../../src/core/scan/baseline';
import { parseJson } from '../support/json';
import { keywardApi, treeItems, waitUntil } from './host';
import { ScriptedUser } from './ui';

// The made-up tokens planted in test/fixtures/workspaces/scan, read before any test edits them.
const folder = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
const fileUri = (rel: string) => vscode.Uri.file(path.join(folder(), rel));
const TOKEN = /ghp_[A-Za-z0-9]{36}/g;
let planted: string[] = [];

const keyward = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Keyward');

async function open(rel: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri(rel)));
}

async function diagnosticsOf(
  rel: string,
  expected: (all: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  await waitUntil(() => expected(keyward(fileUri(rel))), 10_000, `${rel}: ${what}`);
  return keyward(fileUri(rel));
}

async function quickFixes(rel: string, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    fileUri(rel),
    diagnostic.range,
  );
  // The command's results carry no diagnostics: tell Keyward's fixes from other providers' by title.
  return actions.filter((a) => /Vault|Environment Reference|Ignore on This Line|Baseline/.test(a.title));
}

/** A code action's command arguments: VS Code types them `any[]`; ours are plain JSON objects. */
function commandArguments(action: vscode.CodeAction): unknown[] {
  return (action.command?.arguments ?? []) as unknown[];
}

function assertNoPlaintext(text: string, where: string): void {
  for (const token of planted) assert.ok(!text.includes(token), `${where} contains a planted token`);
}

const codeValue = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('scanning in the real host', function () {
  this.timeout(60_000);
  const user = new ScriptedUser();
  after(() => user.restore());

  before(async () => {
    planted = ['src/leak.ts', 'src/ignore.ts', 'src/accept.yaml', 'vendor/lib.js', 'ignored/secret.js'].flatMap(
      (rel) => readFileSync(path.join(folder(), rel), 'utf8').match(TOKEN) ?? [],
    );
    assert.equal(planted.length, 5, 'the fixture plants five tokens');
    await keywardApi();
  });

  it("reports a leaked key in an opened file, masked, with a link to the rule's docs", async () => {
    await open('src/leak.ts');
    const [diagnostic] = await diagnosticsOf('src/leak.ts', (all) => all.length === 1, 'no Keyward diagnostic');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(codeValue(diagnostic), 'github-ghp-token');
    assert.equal(diagnostic.range.start.line, 1);
    assert.match(diagnostic.message, /GitHub personal access token exposed \(ghp_\.\.\.\.tQwJ\)/);
    const target = (diagnostic.code as { target: vscode.Uri }).target;
    assert.ok(target.path.endsWith('/media/rules.md'), `links to ${target.toString()}`);
    const heading = readFileSync(target.fsPath, 'utf8').split('\n')[Number(/^L(\d+)$/.exec(target.fragment)![1]) - 1];
    assert.equal(heading, '### github-ghp-token');
  });

  it('offers the three quick fixes, moving to the vault preferred', async () => {
    const [diagnostic] = keyward(fileUri('src/leak.ts'));
    const titles = (await quickFixes('src/leak.ts', diagnostic)).map(
      (a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`,
    );
    assert.deepEqual(titles, [
      'Move to Vault and Replace with Environment Reference (preferred)',
      'Ignore on This Line',
      'Add to Baseline',
    ]);
  });

  it('Ignore on This Line adds the marker, and the diagnostic goes', async () => {
    const editor = await open('src/ignore.ts');
    const [diagnostic] = await diagnosticsOf('src/ignore.ts', (all) => all.length === 1, 'no Keyward diagnostic');
    const ignore = (await quickFixes('src/ignore.ts', diagnostic)).find((a) => a.title === 'Ignore on This Line')!;
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    assert.match(editor.document.lineAt(1).text, /\/\/ keyward-ignore github-ghp-token$/);
    await diagnosticsOf('src/ignore.ts', (all) => all.length === 0, 'the diagnostic stayed');
    await editor.document.save();
  });

  it('Add to Baseline writes the fingerprint only, and the diagnostic goes', async () => {
    await open('src/accept.yaml');
    const [diagnostic] = await diagnosticsOf('src/accept.yaml', (all) => all.length === 1, 'no Keyward diagnostic');
    const accept = (await quickFixes('src/accept.yaml', diagnostic)).find((a) => a.title === 'Add to Baseline')!;
    await vscode.commands.executeCommand(accept.command!.command, ...commandArguments(accept));
    const baseline = readFileSync(path.join(folder(), '.keyward', 'baseline.json'), 'utf8');
    assert.deepEqual(
      parseJson<Baseline>(baseline).findings.map((f) => [f.file, f.ruleId]),
      [['src/accept.yaml', 'github-ghp-token']],
    );
    assertNoPlaintext(baseline, 'the baseline');
    await diagnosticsOf('src/accept.yaml', (all) => all.length === 0, 'the diagnostic stayed');
  });

  it('Move to Vault creates the vault, stores the key and rewrites the line', async () => {
    assert.equal(
      existsSync(path.join(folder(), '.keyward', 'vault.db')),
      false,
      'the workspace starts without a vault',
    );
    const editor = await open('src/leak.ts');
    const [diagnostic] = keyward(editor.document.uri);
    const move = (await quickFixes('src/leak.ts', diagnostic)).find((a) => a.isPreferred)!;
    user.answer('GITHUB_TOKEN');
    await vscode.commands.executeCommand(move.command!.command, ...commandArguments(move));
    assert.ok(existsSync(path.join(folder(), '.keyward', 'vault.db')), 'Create Vault was offered and accepted');
    assert.ok(
      user.shown.some((line) => line.startsWith('input: ')),
      'the name was asked for',
    );
    assert.equal(editor.document.lineAt(1).text, 'export const githubToken = process.env.GITHUB_TOKEN;');
    await diagnosticsOf('src/leak.ts', (all) => all.length === 0, 'the diagnostic stayed');
    await editor.document.save();
  });

  it('hovering process.env.GITHUB_TOKEN shows the vault key, masked', async () => {
    const editor = await open('src/leak.ts');
    const position = new vscode.Position(1, editor.document.lineAt(1).text.indexOf('GITHUB_TOKEN') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      position,
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*GITHUB_TOKEN\*\* · Keyward vault/);
    assert.match(text, /`ghp_\.\.\.\.tQwJ`/);
    assert.match(text, /Provider: github/);
    assert.match(text, /Rotation: ok, due in 90 days/);
    assertNoPlaintext(text, 'the hover');
  });

  it('reports another hard-coded copy of the vaulted value as a copy of the vault key', async () => {
    await open('src/copy.ts');
    const [diagnostic] = await diagnosticsOf(
      'src/copy.ts',
      (all) => all.length === 1 && codeValue(all[0]) === 'vault-key-copy',
      'no vault copy',
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.message, 'Hard-coded copy of vault key GITHUB_TOKEN (ghp_....tQwJ)');
    const titles = (await quickFixes('src/copy.ts', diagnostic)).map((a) => a.title);
    assert.deepEqual(titles, ['Replace with Environment Reference to GITHUB_TOKEN']);
  });

  it('Scan Workspace fills the Findings view, honouring .gitignore, config excludes and the baseline', async () => {
    const api_ = await keywardApi();
    await vscode.commands.executeCommand('keyward.scanWorkspace');
    const items = await treeItems(api_.findingsTree);
    const files = items.filter((i) => i.resourceUri).map((i) => vscode.workspace.asRelativePath(i.resourceUri!));
    assert.deepEqual(files, ['src/copy.ts']);
    const finding = items.find((i) => !i.resourceUri)!;
    assert.equal(finding.label, 'GitHub personal access token exposed');
    assert.equal(finding.description, 'ghp_....tQwJ · line 2');
    assert.equal(finding.command?.command, 'vscode.open');
    assertNoPlaintext(JSON.stringify(items), 'the Findings view');
  });

  it('never hands a planted token to VS Code in any diagnostic or prompt', () => {
    assertNoPlaintext(
      JSON.stringify(
        vscode.languages.getDiagnostics().map(([uri, all]) => [uri.toString(), all.map((d) => d.message)]),
      ),
      'a diagnostic',
    );
    assertNoPlaintext(user.shown.join('\n'), 'a message or prompt');
  });
});
