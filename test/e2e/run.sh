#!/usr/bin/env bash
# `npm run test:e2e`: the user's scenario against the PACKAGED extension (see test/e2e/README.md).
# Stages, each timed: host setup (cached), `npm run package` (keyward.vsix), then mocha, whose suite
# installs the VSIX into a fresh extensions folder, starts code-server and drives chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS

stage() {
  local name=$1 began=$SECONDS
  shift
  "$@"
  echo "::: $name took $((SECONDS - began)) s"
}

stage setup bash test/host/setup.sh
stage package npm run --silent package
. test/host/env.sh
status=0
node node_modules/mocha/bin/mocha.js --config test/e2e/mocharc.json || status=$?
echo "::: test:e2e took $((SECONDS - start)) s (exit $status)"
exit $status
