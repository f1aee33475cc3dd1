import * as vscode from 'vscode';
import { rotationStatus, type RotationStatus } from '../../core/vault/due';
import type { KeySummary } from '../../core/vault/records';
import type { SettingsService } from '../settings';
import type { VaultService } from './vaultService';
import type { Vaults } from './vaults';

/** Every node knows the folder vault it belongs to (`owner`), so commands invoked on it act there. */
export type KeysNode =
  | { kind: 'folder'; owner: VaultService }
  | { kind: 'environment'; owner: VaultService; environment: string; keys: KeySummary[] }
  | { kind: 'provider'; owner: VaultService; environment: string; provider: string; keys: KeySummary[] }
  | { kind: 'key'; owner: VaultService; key: KeySummary };

/**
 * The Keys view: environment, then provider, then keys, showing masked values only. In a
 * multi-root workspace each folder comes first, with its vault's state.
 */
export class KeysTreeProvider implements vscode.TreeDataProvider<KeysNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<KeysNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  /** Every node this view handed out: the only ones a command takes as "the key it was invoked on". */
  private readonly issued = new WeakSet<object>();

  constructor(
    private readonly vaults: Vaults,
    private readonly settings: SettingsService,
  ) {
    this.subscriptions = [
      this.changed,
      vaults.onDidChange(() => this.refresh()),
      settings.onDidChange(() => this.refresh()),
    ];
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /**
   * `arg` when it is a node of this view (VS Code hands the very object back when a command runs on
   * an item); anything else, such as a look-alike object a task passes through a `${command:…}`
   * input, is not one, so the command shows its picker instead of acting unseen.
   */
  node(arg: unknown): KeysNode | undefined {
    return typeof arg === 'object' && arg !== null && this.issued.has(arg) ? (arg as KeysNode) : undefined;
  }

  getChildren(node?: KeysNode): KeysNode[] {
    const children = this.childrenOf(node);
    for (const child of children) this.issued.add(child);
    return children;
  }

  private childrenOf(node?: KeysNode): KeysNode[] {
    if (!node) {
      const all = this.vaults.all();
      return all.length > 1
        ? all.map((owner) => ({ kind: 'folder', owner }))
        : all.flatMap((owner) => this.environments(owner));
    }
    if (node.kind === 'folder') return this.environments(node.owner);
    if (node.kind === 'environment')
      return groupBy(node.keys, (k) => k.provider ?? '').map(([provider, keys]) => ({
        kind: 'provider',
        owner: node.owner,
        environment: node.environment,
        provider,
        keys,
      }));
    if (node.kind === 'provider') return node.keys.map((key) => ({ kind: 'key', owner: node.owner, key }));
    return [];
  }

  getTreeItem(node: KeysNode): vscode.TreeItem {
    if (node.kind === 'folder') return folderItem(node.owner);
    if (node.kind === 'environment') {
      const item = new vscode.TreeItem(node.environment, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon('symbol-namespace');
      item.description = node.keys.length === 1 ? vscode.l10n.t('1 key') : vscode.l10n.t('{0} keys', node.keys.length);
      item.contextValue = 'environment';
      return item;
    }
    if (node.kind === 'provider') {
      // Keys without a known provider are grouped under an empty id, shown as "other".
      const item = new vscode.TreeItem(
        node.provider || vscode.l10n.t('other'),
        vscode.TreeItemCollapsibleState.Expanded,
      );
      item.iconPath = new vscode.ThemeIcon('organization');
      item.contextValue = 'provider';
      return item;
    }
    return this.keyItem(node);
  }

  getParent(): undefined {
    return undefined;
  }

  private environments(owner: VaultService): KeysNode[] {
    const vault = owner.current();
    if (!vault) return [];
    return groupBy(vault.list(), (k) => k.environment).map(([environment, keys]) => ({
      kind: 'environment',
      owner,
      environment,
      keys,
    }));
  }

  private keyItem({ owner, key }: Extract<KeysNode, { kind: 'key' }>): vscode.TreeItem {
    const rotation = rotationStatus(key, this.settings.for(owner.folder)['rotation.maxAgeDays'], new Date());
    const item = new vscode.TreeItem(key.name, vscode.TreeItemCollapsibleState.None);
    item.id = `key:${key.id}`;
    item.description = key.masked;
    item.tooltip = tooltip(key, rotation);
    item.iconPath = icon(key, rotation);
    item.contextValue = ['key', key.status, rotation.state, key.version > 1 ? 'versioned' : '']
      .filter(Boolean)
      .join('.');
    item.accessibilityInformation = {
      label: vscode.l10n.t('{name}, {provider}, {status}', {
        name: key.name,
        provider: key.provider ?? vscode.l10n.t('unknown provider'),
        status: describe(key, rotation),
      }),
    };
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** A workspace folder in a multi-root workspace: its name and its vault's state, with the next step as context. */
function folderItem(owner: VaultService): vscode.TreeItem {
  const count = owner.current()?.list().length ?? 0;
  const open = owner.state === 'open';
  const item = new vscode.TreeItem(
    owner.folder.name,
    open && count > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
  );
  item.id = `folder:${owner.folder.uri.toString()}`;
  item.description =
    owner.state === 'none'
      ? vscode.l10n.t('no vault')
      : owner.state === 'locked'
        ? vscode.l10n.t('locked: import its master key')
        : count === 1
          ? vscode.l10n.t('1 key')
          : vscode.l10n.t('{0} keys', count);
  item.iconPath = new vscode.ThemeIcon(owner.state === 'locked' ? 'lock' : 'root-folder');
  item.tooltip = owner.path();
  item.contextValue = `folder.${owner.state}`;
  return item;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function icon(key: KeySummary, rotation: RotationStatus): vscode.ThemeIcon {
  if (key.status === 'compromised') return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  if (key.status === 'retired') return new vscode.ThemeIcon('archive', new vscode.ThemeColor('disabledForeground'));
  if (rotation.state === 'overdue')
    return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  if (rotation.state === 'due-soon')
    return new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.warningForeground'));
  return new vscode.ThemeIcon('key');
}

function describe(key: KeySummary, rotation: RotationStatus): string {
  if (key.status === 'compromised') return vscode.l10n.t('compromised');
  if (key.status === 'retired') return vscode.l10n.t('retired');
  if (rotation.state === 'overdue') return vscode.l10n.t('rotation overdue by {0} days', -rotation.daysLeft);
  if (rotation.state === 'due-soon') return vscode.l10n.t('rotation due in {0} days', rotation.daysLeft);
  return vscode.l10n.t('active');
}

function tooltip(key: KeySummary, rotation: RotationStatus): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${key.name}** \`${key.masked}\`\n\n`);
  const rows: [string, string | number][] = [
    [vscode.l10n.t('Provider'), key.provider ?? vscode.l10n.t('unknown')],
    [vscode.l10n.t('Environment'), key.environment],
    [vscode.l10n.t('Created'), key.createdAt.slice(0, 10)],
    [vscode.l10n.t('Last rotated'), key.lastRotatedAt?.slice(0, 10) ?? vscode.l10n.t('never')],
    [
      vscode.l10n.t('Age'),
      vscode.l10n.t('{age} days (rotate every {period})', { age: rotation.ageDays, period: rotation.periodDays }),
    ],
    [vscode.l10n.t('Version'), key.version],
    [vscode.l10n.t('Status'), describe(key, rotation)],
  ];
  md.appendMarkdown(`| | |\n|---|---|\n`);
  for (const [label, value] of rows) md.appendMarkdown(`| ${label} | ${value} |\n`);
  return md;
}
