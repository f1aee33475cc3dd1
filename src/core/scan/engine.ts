// The scanning engine: keyword prefilter -> per-rule windows -> rule regexes -> filters ->
// dedupe -> suppressions -> masked findings. Everything rule-dependent is built once in
// createScanner; scanText does one pass over the text plus work proportional to the hits.
import { randomBytes } from 'node:crypto';
import { KeywardError } from '../errors';
import { maskSecret } from '../mask';
import { dedupe, type Candidate } from './dedupe';
import { fingerprintOf, unkeyedFingerprintOf, type FingerprintOptions } from './fingerprint';
import { FileFacts, judge } from './judgment/index';
import { compileRule, matchRule, type CompiledRule, type RawMatch } from './matchRule';
import { RegexBudgetExceeded } from './regexBudget';
import { LineIndex } from './position';
import { buildAutomaton } from './prefilter';
import { Suppressions } from './suppression';
import type { Finding, Rule } from './types';
import { findWindows, reachOf, type Windows } from './windows';

export interface Scanner {
  scanText(text: string, file: string): Finding[];
}

let processKey: Buffer | undefined;

/** `fingerprints` keys the findings' fingerprints; without it, a random key of this process is used. */
export function createScanner(rules: readonly Rule[], fingerprints?: FingerprintOptions): Scanner {
  const fingerprint = {
    key: fingerprints ? Buffer.from(fingerprints.key, 'hex') : (processKey ??= randomBytes(32)),
    unkeyed: fingerprints?.unkeyed === true,
  };
  const compiled = rules.map(compileRule);
  const groups = groupByKeywords(rules);
  const automaton = buildAutomaton(
    groups.map((g) => rules[g[0]].keywords),
    groups.map((g) => rules[g[0]].id),
  );
  const reach = groups.map((g) => reachOf(rules[g[0]]));
  const ruleIds = new Set(rules.map((r) => r.id.toLowerCase()));

  return {
    scanText(text: string, file: string): Finding[] {
      const candidates: Candidate[] = [];
      let facts: FileFacts | undefined;
      for (const [group, windows] of findWindows(text, automaton, reach)) {
        for (const index of groups[group]) {
          const entry = compiled[index];
          if (entry.rule.fileName && !entry.rule.fileName.test(file)) continue;
          for (const match of matchWithin(entry, text, windows, file)) {
            facts ??= new FileFacts(file, text);
            const candidate = toCandidate(entry, index, match, facts);
            if (candidate) candidates.push(candidate);
          }
        }
      }
      if (candidates.length === 0) return [];
      const lines = new LineIndex(text);
      const suppressions = new Suppressions(lines, ruleIds);
      const findings: Finding[] = [];
      for (const c of dedupe(candidates)) {
        const finding = toFinding(rules[c.rule], c, file, lines, fingerprint);
        if (!suppressions.isSuppressed(finding.ruleId, finding.line)) findings.push(finding);
      }
      return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    },
  };
}

/** Runs one rule; a workspace rule that overruns its time budget stops the scan, naming itself and the file. */
function matchWithin(entry: CompiledRule, text: string, windows: Windows, file: string): RawMatch[] {
  try {
    return matchRule(entry, text, windows);
  } catch (error) {
    if (!(error instanceof RegexBudgetExceeded)) throw error;
    throw new KeywardError(
      `The rule ${entry.rule.id} from .keyward/config.json took over ${entry.rule.timeBudgetMs} ms on ${file}: its regex ` +
        'backtracks catastrophically on this text. The scan stopped; fix the regex or remove the rule.',
      'config-invalid',
    );
  }
}

/**
 * Rules with the same keywords (and window shape) share one automaton entry and one set of
 * windows: the generic assignment rules, for one, would otherwise each pay for every hit.
 */
function groupByKeywords(rules: readonly Rule[]): number[][] {
  const byKey = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    const key = JSON.stringify([[...new Set(rule.keywords.map((k) => k.toLowerCase()))].sort(), reachOf(rule) ?? null]);
    const group = byKey.get(key);
    if (group) group.push(index);
    else byKey.set(key, [index]);
  });
  return [...byKey.values()];
}

/** The judgment (judgment/) decides whether a match is reported and how confidently. */
function toCandidate({ rule }: CompiledRule, index: number, match: RawMatch, facts: FileFacts): Candidate | undefined {
  const judgment = judge(rule, match.secret, match.context, match.contextStart, match.end, facts);
  if (!judgment) return undefined;
  return {
    rule: index,
    start: match.start,
    end: match.end,
    secret: match.secret,
    generic: rule.generic === true,
    category: rule.category,
    ...judgment,
  };
}

function toFinding(
  rule: Rule,
  c: Candidate,
  file: string,
  lines: LineIndex,
  fingerprint: { key: Buffer; unkeyed: boolean },
): Finding {
  const start = lines.positionOf(c.start);
  // The end is exclusive: locate the last character, then step one past it on its line.
  const last = lines.positionOf(Math.max(c.start, c.end - 1));
  const isSecret = rule.category !== 'insecure-pattern';
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: c.demoted ? 'info' : rule.severity,
    provider: rule.provider,
    message: messageFor(rule, c.demoted),
    file,
    line: start.line,
    column: start.column,
    endLine: last.line,
    endColumn: last.column + (c.end > c.start ? 1 : 0),
    // An insecure pattern's "secret" is an identifier name: showing it is the point.
    masked: isSecret ? maskSecret(c.secret) : c.secret,
    fingerprint: fingerprintOf(rule.id, c.secret, fingerprint.key),
    ...(fingerprint.unkeyed && { unkeyedFingerprint: unkeyedFingerprintOf(rule.id, c.secret) }),
    confidence: c.confidence,
    reason: c.reason,
  };
}

function messageFor(rule: Rule, demoted: boolean): string {
  if (rule.category === 'insecure-pattern') return rule.description;
  if (demoted) return `${rule.description}: format check failed, probably not a live secret`;
  return `${rule.description} exposed`;
}
