#!/usr/bin/env bash
# `npm test`: build and type-check; then the checks (generated files committed current, ESLint, no
# import cycles, Prettier), the unit suites on plain Node, the integration suites inside a real VS Code
# host (code-server, installed on first use), and the end-to-end scenarios against the packaged VSIX.
# Every check and suite always runs, so one failing does not hide the others' results; the exit code
# is nonzero if anything failed. A failed build or type-check stops early, since nothing after it
# would be meaningful.
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
timed npm run --silent generate:check
generated=$?
timed npm run --silent lint
lint=$?
timed npm run --silent check:cycles
cycles=$?
timed npm run --silent format:check
format=$?
timed npx mocha
unit=$?
timed npm run --silent test:host
host=$?
timed npm run --silent test:e2e
e2e=$?
[ "$generated" -eq 0 ] && [ "$lint" -eq 0 ] && [ "$cycles" -eq 0 ] && [ "$format" -eq 0 ] && [ "$unit" -eq 0 ] && [ "$host" -eq 0 ] && [ "$e2e" -eq 0 ]
