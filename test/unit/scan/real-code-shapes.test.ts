// What the issue found on real third-party code, rebuilt as fixtures at the paths where it was
// found (test/fixtures/real-code-shapes/silent): templated and regex strings, SDK API examples
// and type declarations, log calls in READMEs and bundles, error-code constants, a parser's
// syntax tokens, translation catalogues, doc comments, documented sample keys. The whole
// built-in rule set must stay silent on them; what decides is file role, comment lines, the
// value's structure and the name's meaning, so the same values in a config file are reported
// (second block).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { FakeSecrets } from '../../fixtures/generic/fake';

const ROOT = path.join(__dirname, '../../fixtures/real-code-shapes/silent');
const scanner = createScanner(builtinRules);
const found = (text: string, file: string) => scanner.scanText(text, file).map((f) => `${f.line}:${f.ruleId}`);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('real-code shapes: silent where the issue found false alarms', () => {
  for (const file of filesUnder(ROOT)) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    it(rel, () => assert.deepEqual(found(readFileSync(file, 'utf8'), rel), []));
  }
});

describe('real-code shapes: a typed password is caught where leaks live, and only there', () => {
  const line = 'DB_PASSWORD=swordfish';
  const leakPlaces: [string, string][] = [
    ['.env', line],
    ['.env.production', `export ${line}`],
    ['config/app.ini', '[database]\npassword = swordfish'],
    ['src/main/resources/application.properties', 'spring.datasource.password=swordfish'],
    ['.github/workflows/ci.yml', 'env:\n  DB_PASSWORD: swordfish'],
    ['deploy/docker-compose.yml', 'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=swordfish'],
    ['deploy/provision', line],
    ['config/production.json', '{\n  "db": {\n    "password": "swordfish",\n    "host": "db.internal"\n  }\n}'],
  ];
  for (const [file, text] of leakPlaces) {
    it(`reports it in ${file}`, () => {
      const findings = scanner.scanText(text, file).filter((f) => f.ruleId === 'config-password');
      assert.equal(findings.length, 1, JSON.stringify(found(text, file)));
      assert.equal(findings[0].confidence, 'high', 'an explicit password key in a config file is strong context');
    });
  }

  const samplePlaces: [string, string][] = [
    ['src/db.py', line],
    ['lib/ansible/modules/mysql_user.py', 'password = swordfish'],
    ['README.md', line],
    ['docs/setup.env', line],
    ['test/fixtures/.env', line],
    ['.env.example', line],
    ['vendor/acme/.env', line],
    ['config/locales/en.yml', 'en:\n  field_password: Password'],
    ['config/app.yml', '# password: swordfish'],
  ];
  for (const [file, text] of samplePlaces) {
    it(`does not report it in ${file}`, () => assert.deepEqual(found(text, file), []));
  }
});

describe('real-code shapes: an unquoted value is a value in config and shell, an expression in code', () => {
  const value = new FakeSecrets(11).chars(32);
  const line = `API_TOKEN=${value}`;
  const reported: [string, string][] = [
    ['.env', line],
    ['scripts/release.sh', `#!/bin/sh\nexport ${line}\n./publish`],
    ['config/app.yml', `service:\n  api_token: ${value}`],
  ];
  for (const [file, text] of reported) {
    it(`reports it in ${file}`, () =>
      assert.deepEqual(
        scanner.scanText(text, file).map((f) => f.ruleId),
        ['generic-secret-config'],
      ));
  }
  const code: [string, string][] = [
    ['src/client.js', `const api = {\n  apiToken: ${value}\n}`],
    ['lib/client.py', `API_TOKEN = ${value}`],
    ['pkg/client.go', `\tapiToken := ${value}`],
  ];
  for (const [file, text] of code) {
    it(`does not report it in ${file}`, () => assert.deepEqual(found(text, file), []));
  }
});
