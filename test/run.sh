#!/usr/bin/env bash
# `npm test`: build, type-check, the unit suites on plain Node, the integration suites inside a real
# VS Code host (code-server, installed on first use), then the end-to-end scenarios against the
# packaged VSIX. Every suite always runs, so one failing does not hide the others' results; the exit
# code is nonzero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

timed() {
  local start=$SECONDS
  "$@"
  local status=$?
  echo "::: $* took $((SECONDS - start)) s (exit $status)"
  return $status
}

timed npm run --silent build || exit 1
timed npm run --silent typecheck || exit 1
timed npx mocha
unit=$?
timed npm run --silent test:host
host=$?
timed npm run --silent test:e2e
e2e=$?
[ "$unit" -eq 0 ] && [ "$host" -eq 0 ] && [ "$e2e" -eq 0 ]
