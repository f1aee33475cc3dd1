// Where a file sits says how likely a credential in it is real. Leaks live in configuration,
// deployment, environment and CI files, and in source; samples live in documentation, tests,
// examples, vendored or bundled third-party code and generated API descriptions (the
// aws-sdk's apis/*.examples.json, botocore's data/). The role is judged from the path alone.

import type { FileRole } from '../types';

export type { FileRole };

/** Folders whose content is documentation, tests, examples, vendored or generated code. */
const SAMPLE_DIR =
  /(?:^|\/)(?:docs?|documentation|man|examples?|samples?|demos?|tutorials?|test|tests|testing|testdata|test-data|__tests__|__mocks__|spec|specs|fixtures?|mocks?|e2e|benchmarks?|vendor|vendored|third[_-]party|node_modules|bower_components|dist|build|out|generated|__generated__|data\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2})\//i;
/** File names of tests, docs, examples and bundles. */
const SAMPLE_FILE = new RegExp(
  [
    '(?:^|[._-])(?:test|tests|spec|mock|fixture|example|examples|sample|demo)s?\\.[a-z0-9]+$', // orders.test.ts, config.example.js
    '(?:^|\\/)test_[^/]+\\.py$', // test_views.py
    '_test\\.(?:go|py|rb|exs?)$', // client_test.go
    '\\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt|html?|ipynb|1|3|pod)$', // prose and rendered docs
    '(?:^|\\/)(?:readme|changelog|changes|history|news|upgrading|contributing|license|authors)(?:\\.[a-z]+)?$',
    '\\.(?:example|sample|template|tmpl|dist|tpl)$', // .env.example, settings.py.dist
    '\\.(?:bundle|chunk|min|umd|esm|cjs)\\.[cm]?js$', // bundled output
    '\\.(?:examples|normal|paginators|waiters\\d?)\\.json$|(?:^|\\/)apis\\/[^/]+\\.json$', // generated API descriptions (aws-sdk, botocore)
    '(?:^|\\/)(?:openapi|swagger)[^/]*\\.(?:json|ya?ml)$',
  ].join('|'),
  'i',
);
/** Environment, deployment, CI and credential files: where people paste real secrets. */
const CONFIG_FILE = new RegExp(
  [
    '(?:^|\\/)\\.env(?:\\.[\\w-]+)?$', // .env, .env.production
    '\\.(?:env|ini|cfg|conf|config|cnf|properties|toml|ya?ml|tfvars|tf|hcl|plist|xml|json5?|jsonc|npmrc|pypirc|netrc|pgpass|credentials|secrets?)$',
    '(?:^|\\/)(?:\\.?netrc|_netrc|\\.npmrc|\\.yarnrc|\\.pypirc|\\.pgpass|\\.git-credentials|\\.dockercfg|credentials|master\\.key|credentials\\.xml|settings\\.xml|wp-config\\.php|local_settings\\.py|settings\\.py|secrets\\.rb|dockerfile|containerfile|docker-compose[\\w.-]*|jenkinsfile|vagrantfile|procfile)$',
    '(?:^|\\/)(?:\\.github\\/workflows|\\.circleci|\\.gitlab|\\.buildkite|config|deploy|deployment|deployments|k8s|kubernetes|helm|ansible|terraform|\\.docker)\\/',
    '(?:^|\\/)\\.gitlab-ci\\.yml$',
  ].join('|'),
  'i',
);

export function fileRoleOf(file: string): FileRole {
  const path = file.replace(/\\/g, '/');
  if (SAMPLE_DIR.test(path) || SAMPLE_FILE.test(path)) return 'sample';
  if (CONFIG_FILE.test(path)) return 'config';
  return 'source';
}
