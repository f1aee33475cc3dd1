#!/usr/bin/env bash
# `npm test`: build, type-check, the unit suites on plain Node, then the integration suites inside a
# real VS Code host (code-server, installed on first use). Both suites always run, so one failing
# does not hide the other's results; the exit code is nonzero if anything failed.
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
[ "$unit" -eq 0 ] && [ "$host" -eq 0 ]
