// Where a file sits says how likely a credential in it is real. Leaks live in configuration,
// deployment, environment and CI files, and in source; samples live in documentation, tests,
// examples, vendored or bundled third-party code and generated API descriptions (the
// aws-sdk's apis/*.examples.json, botocore's data/). The role is judged from the path alone.

import type { FileRole } from '../types';

export type { FileRole };

/**
 * Documentation: prose, rendered docs, translation catalogues (their values are sentences
 * about passwords, not passwords), type declarations (an API's shape and its doc comments) and
 * generated API descriptions full of sample values.
 */
const DOCS = new RegExp(
  [
    '(?:^|\\/)(?:docs?|documentation|man|doc-src|_sources)\\/',
    '\\.(?:md|mdx|markdown|rst|adoc|asciidoc|html?|ipynb|[1-9]|pod|rdoc)$', // not .txt: notes and credentials dumps are .txt too
    '(?:^|\\/)(?:readme|changelog|changes|history|news|upgrading|contributing|license|authors)(?:\\.[a-z]+)?$',
    '(?:^|\\/)(?:locales?|i18n|l10n|translations?|lang)\\/|\\.(?:po|pot|xlf|xliff)$',
    '\\.d\\.[cm]?ts$|\\.(?:pyi|rbi)$',
    // aws-sdk apis/*.json, botocore data/<service>/<date>/*.json, OpenAPI and Swagger documents
    '\\.(?:examples|normal|paginators|waiters\\d?)\\.json$|(?:^|\\/)apis\\/[^/]+\\.json$',
    '(?:^|\\/)data\\/[a-z0-9-]+\\/\\d{4}-\\d{2}-\\d{2}\\/',
    '(?:^|\\/)(?:openapi|swagger)[^/]*\\.(?:json|ya?ml)$',
  ].join('|'),
  'i',
);
/** Tests, fixtures, examples and templates of configuration (filled in at deploy time). */
const TEST = new RegExp(
  [
    '(?:^|\\/)(?:examples?|samples?|demos?|tutorials?|test|tests|testing|testdata|test-data|__tests__|__mocks__|spec|specs|fixtures?|mocks?|e2e|benchmarks?)\\/',
    '(?:^|[._-])(?:test|tests|spec|mock|fixture|example|examples|sample|demo)s?\\.[a-z0-9]+$', // orders.test.ts, config.example.js
    '(?:^|\\/)test_[^/]+\\.py$', // test_views.py
    '_test\\.(?:go|py|rb|exs?)$', // client_test.go
    '\\.(?:example|sample|template|tmpl|dist|tpl|tt|j2|jinja2?)$', // .env.example, settings.py.dist, Thor and Jinja templates
  ].join('|'),
  'i',
);
/** Third-party code copied in, and bundles built from it. */
const VENDORED =
  /(?:^|\/)(?:vendor|vendored|third[_-]party|node_modules|bower_components|dist|build|generated|__generated__)\/|\.(?:bundle|chunk|min|umd|esm)\.[cm]?js$/i;
/** Environment, deployment, CI and credential files, by their format or their well-known name. */
const CONFIG_FILE = new RegExp(
  [
    '(?:^|\\/)\\.env(?:\\.[\\w-]+)?$', // .env, .env.production
    '\\.(?:env|ini|cfg|conf|config|cnf|properties|toml|ya?ml|tfvars|tf|hcl|plist|xml|json5?|jsonc|npmrc|pypirc|netrc|pgpass|credentials|secrets?)$',
    '(?:^|\\/)(?:\\.?netrc|_netrc|\\.npmrc|\\.yarnrc|\\.pypirc|\\.pgpass|\\.git-credentials|\\.dockercfg|credentials|master\\.key|credentials\\.xml|settings\\.xml|wp-config\\.php|local_settings\\.py|settings\\.py|secrets\\.rb|dockerfile|containerfile|docker-compose[\\w.-]*|jenkinsfile|vagrantfile|procfile)$',
    '(?:^|\\/)\\.gitlab-ci\\.yml$',
  ].join('|'),
  'i',
);
/**
 * Folders of deployment and CI material. Scripts and extensionless files there are
 * configuration; a program's source files there (an `ansible/` or `config/` package of a
 * library) are still source.
 */
const CONFIG_FOLDER =
  /(?:^|\/)(?:\.github\/workflows|\.circleci|\.gitlab|\.buildkite|config|deploy|deployment|deployments|k8s|kubernetes|helm|ansible|terraform|\.docker)\/(?:[^/]+\/)*[^/.]+(?:\.(?:sh|bash|zsh|ps1|bat|cmd))?$/i;

export function fileRoleOf(file: string): FileRole {
  const path = file.replace(/\\/g, '/');
  if (DOCS.test(path)) return 'docs';
  if (TEST.test(path)) return 'test';
  if (VENDORED.test(path)) return 'vendored';
  if (CONFIG_FILE.test(path) || CONFIG_FOLDER.test(path)) return 'config';
  return 'source';
}
