#!/usr/bin/env bash
# The main job end to end, for a newcomer: package the VSIX, then use the CLI the way CI and a
# developer would — a throwaway vault with a generated master key, a key stored and listed
# masked, a command run with it injected, and a scan of a sample with leaked keys.
set -euo pipefail
cd "$(dirname "$0")/../.."

npm run --silent package
ls -l keyward.vsix

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli="node $PWD/dist/cli.js"
export KEYWARD_MASTER_KEY=$($cli keygen)

echo; echo '$ keyward vault init'
(cd "$work" && $cli vault init)
echo; echo '$ keyward vault add DEMO_TOKEN   (value from stdin)'
(cd "$work" && head -c 30 /dev/urandom | base64 | tr -d '/+=\n' | $cli vault add DEMO_TOKEN --env demo)
echo; echo '$ keyward vault list'
(cd "$work" && $cli vault list)
echo; echo '$ keyward vault run -- sh -c "echo DEMO_TOKEN has ${#DEMO_TOKEN} characters"'
(cd "$work" && $cli vault run -- sh -c 'echo "DEMO_TOKEN has ${#DEMO_TOKEN} characters"')

# The sample lives under test/fixtures/, which this repository's own scan config excludes,
# so it is scanned as a project of its own.
mkdir "$work/sample"
cp -r test/fixtures/demo/. "$work/sample/"
echo; echo '$ keyward scan   (in a copy of test/fixtures/demo, a sample with leaked keys; exit 1 = findings)'
status=0
(cd "$work/sample" && $cli scan) || status=$?
if [ "$status" -ne 1 ]; then
  echo "expected findings (exit 1) from the sample, got exit $status" >&2
  exit 1
fi
echo; echo 'Demo finished: keyward.vsix is packaged; install it with `code --install-extension keyward.vsix`.'
