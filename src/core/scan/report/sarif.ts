// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). Spec: OASIS SARIF 2.1.0;
// GitHub's ingestion notes: docs.github.com "SARIF support for code scanning".
// URIs are relative to %SRCROOT% (the scan root), so the log is portable across checkouts;
// `partialFingerprints` carries our position-independent fingerprint so alerts follow moves.
import { pathToFileURL } from 'node:url';
import type { Invocation, Log, Notification, ReportingDescriptor, Result, VersionControlDetails } from 'sarif';
import type { RepositoryIdentity } from '../sources/git/repository';
import type { SkippedFile } from '../sources/skip';
import type { Confidence, Finding, Rule, Severity } from '../types';
import { sortFindings } from './summary';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const RANK: Record<Confidence, number> = { high: 90, medium: 60, low: 30 };
// GitHub maps security-severity to critical (>= 9.0), high (7.0-8.9), medium (4.0-6.9), low.
const SECURITY_SEVERITY: Record<Severity, string> = { error: '9.0', warning: '5.5', info: '2.0' };

export interface SarifInput {
  findings: readonly Finding[];
  /** The rules the scan ran with; metadata is emitted for those that produced results. */
  rules: readonly Rule[];
  toolVersion: string;
  informationUri?: string;
  /** Absolute scan root; recorded as %SRCROOT% so viewers can resolve relative URIs. */
  root?: string;
  /** Paths the scan names as not scanned: unreadable ones become errors, deliberate skips notes. */
  notScanned?: readonly SkippedFile[];
  /** False when the scan failed closed (an unreadable path under --fail-on-skipped or --staged). */
  executionSuccessful?: boolean;
  /** For a history scan: the repository read, as versionControlProvenance. */
  repository?: RepositoryIdentity;
}

export function buildSarif(input: SarifInput): Log {
  const findings = sortFindings(input.findings);
  const known = new Map(input.rules.map((r) => [r.id, r]));
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const descriptors = ruleIds.map((id) =>
    describeRule(known.get(id) ?? ruleFromFinding(findings.find((f) => f.ruleId === id)!)),
  );

  const results: Result[] = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId)!,
    level: LEVEL[f.severity],
    message: { text: `${f.message} (${f.masked})` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toRelativeUri(f.file), uriBaseId: SRCROOT },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    // v2: keyed with the repository's salt (v1 was an unkeyed sha256). A history finding also names
    // its commit, so an alert is tied to where the secret was added.
    partialFingerprints: { 'keyward/v2': f.fingerprint, ...(f.commit && { commitSha: f.commit.sha }) },
    // rank: SARIF 2.1.0 §3.27.25, 0-100 "priority or importance"; viewers sort by it.
    rank: RANK[f.confidence],
    properties: { confidence: f.confidence, reason: f.reason, ...(f.commit && { commit: f.commit }) },
  }));

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Keyward',
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            ...(input.informationUri && { informationUri: input.informationUri }),
            rules: descriptors,
          },
        },
        invocations: [invocation(input)],
        ...(input.repository && { versionControlProvenance: [versionControl(input.repository)] }),
        ...(input.root ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(input.root) } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(input: SarifInput): string {
  return `${JSON.stringify(buildSarif(input), null, 2)}\n`;
}

/** The run's invocation, whose toolExecutionNotifications name every path left unscanned. */
function invocation(input: SarifInput): Invocation {
  const notifications = (input.notScanned ?? []).map((skip): Notification => ({
    level: skip.reason === 'unreadable' ? 'error' : 'note',
    message: { text: `Not scanned: ${skip.file} (${skip.reason}${skip.detail ? `, ${skip.detail}` : ''})` },
    locations: [{ physicalLocation: { artifactLocation: { uri: toRelativeUri(skip.file), uriBaseId: SRCROOT } } }],
    properties: { reason: skip.reason },
  }));
  return {
    executionSuccessful: input.executionSuccessful ?? true,
    ...(notifications.length > 0 && { toolExecutionNotifications: notifications }),
  };
}

function versionControl(repository: RepositoryIdentity): VersionControlDetails {
  return {
    repositoryUri: repository.uri,
    ...(repository.revision && { revisionId: repository.revision }),
    ...(repository.branch && { branch: repository.branch }),
    mappedTo: { uriBaseId: SRCROOT },
  };
}

function describeRule(rule: Rule): ReportingDescriptor {
  const tags = ['security', rule.category, rule.provider];
  // CWE-798: use of hard-coded credentials, the weakness every secret finding represents.
  if (rule.category === 'secret') tags.push('external/cwe/cwe-798');
  // CWE-916: password hash with insufficient computational effort (crackable offline).
  if (rule.category === 'credential-hash') tags.push('external/cwe/cwe-916');
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.docs },
    help: {
      text: `${rule.docs}\nIf this is a reviewed false positive, add keyward-ignore on the line or accept it with keyward scan --update-baseline.`,
      markdown: `**${rule.description}**\n\n${rule.docs}\n\nIf this is a reviewed false positive, add \`keyward-ignore\` on the line or accept it with \`keyward scan --update-baseline\`.`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags, precision: 'high', 'security-severity': SECURITY_SEVERITY[rule.severity] },
  };
}

/** A rule we were not told about (should not happen) still gets valid, minimal metadata. */
function ruleFromFinding(f: Finding): Rule {
  return {
    id: f.ruleId,
    description: f.message,
    provider: f.provider,
    category: f.category,
    keywords: [],
    pattern: /$^/,
    severity: f.severity,
    docs: f.message,
  };
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** Posix relative path -> relative URI reference (spaces, `#`, `%` etc. percent-encoded). */
export function toRelativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}
