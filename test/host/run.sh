#!/usr/bin/env bash
# `npm run test:host [-- FILTER...]`: install the host (cached), build the extension, then bundle and run
# test/integration in code-server (see the comment at the top of test/host/runHost.ts).
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
bash test/host/setup.sh
npm run --silent build
. test/host/env.sh
status=0
node --import tsx test/host/runHost.ts "$@" || status=$?
echo "::: test:host took $((SECONDS - start)) s (exit $status)"
exit $status
