#!/usr/bin/env bash
# The scan step of action.yml: runs keyward scan with the action's inputs (from KEYWARD_*
# variables), writes the SARIF file, sets the step's outputs, and decides the step's result.
set -uo pipefail

cli="$GITHUB_ACTION_PATH/dist/cli.js"
args=(scan --format sarif --output "$KEYWARD_SARIF")
case "$KEYWARD_HISTORY" in
  '' | false) args+=("$KEYWARD_PATH") ;;
  true) args+=(--history) ;;
  all) args+=(--history --all) ;;
  *) args+=(--history "$KEYWARD_HISTORY") ;;
esac
if [ -n "$KEYWARD_HISTORY" ] && [ "$KEYWARD_HISTORY" != false ] &&
  [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = true ]; then
  echo "::warning::The checkout is shallow, so the history scan sees only its commits. Use actions/checkout with fetch-depth: 0."
fi
# KEYWARD_ARGS is split on whitespace, as a command line would be (no quoting inside it).
read -r -a extra <<<"$KEYWARD_ARGS"

node "$cli" "${args[@]}" "${extra[@]}"
status=$?
{
  echo "sarif-file=$KEYWARD_SARIF"
  echo "exit-code=$status"
} >>"$GITHUB_OUTPUT"

if [ "$status" -eq 2 ]; then
  echo "::error::keyward scan failed (exit 2); see the message above."
  exit 2
fi
if [ "$status" -eq 1 ] && [ "$KEYWARD_FAIL" = true ]; then
  echo "::error::keyward scan found secrets; they are in $KEYWARD_SARIF and, once uploaded, in code scanning."
  exit 1
fi
exit 0
