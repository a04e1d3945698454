#!/usr/bin/env bash
# The independent-client test: the official MCP TypeScript SDK client (@modelcontextprotocol/sdk,
# the client inside most agent hosts) drives the BUILT server over stdio and Streamable HTTP
# (tests/ts-client/client.mjs): tools/list, every tool on the happy path, every refusal of the
# input tables as an isError result in plain words, and a last call showing it still serves; then
# the same over stdio with the cloud backend against `janitor-video studio` on loopback, once as is
# and once with the studio refusing on purpose (JANITOR_FAULTS: rate limit, expiring tokens, a
# refused client id, silent replies), where every check must still pass.
#
#   usage:  scripts/ts-client.sh            (build the server first: dotnet build src/JanitorVideo.Server -c Release)
#
# - Installs (idempotent, cached, pinned; npm registry only) Node 22 and the SDK at MCP_SDK_VERSION
#   into $ROOT/.tools/ through scripts/node-tools.sh, the same pins scripts/conformance.sh uses.
# - Starts the server itself (dotnet janitor-video.dll stdio / http --port 0), each with a fresh
#   JANITOR_DATA_DIR in a temp folder, and stops it.
# - Prints one "PASS <check>" / "FAIL <check>: <reason>" line per check and a closing
#   "ts-client: N passed, N failed" line; exits 1 if any check failed, 2 on a setup error.
# Env: ROOT (default: git top-level or cwd), TS_CLIENT_OUT (server logs, default
#      $ROOT/artifacts/ts-client), TS_CLIENT_TIMEOUT (seconds for the whole run, default 1200),
#      TS_CLIENT_TRANSPORTS (stdio,http,cloud,cloud-faults by default), JANITOR_DLL (default: the Release build).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-tools.sh"

if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

ROOT="${ROOT:-$(git rev-parse --show-toplevel 2>/dev/null || pwd)}"
ROOT="$(cd "$ROOT" && pwd)"
node_tools_init "$ROOT" ts-client || exit 2
SDK_DIR="$TOOLS/mcp-sdk-$MCP_SDK_VERSION"
node_tools_install "$SDK_DIR" "{ \"name\": \"jv-tools-mcp-sdk\", \"private\": true,
  \"dependencies\": { \"@modelcontextprotocol/sdk\": \"$MCP_SDK_VERSION\" } }" \
  "$SDK_DIR/node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js" \
  "$SDK_DIR/node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js" \
  "$SDK_DIR/node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js" || exit 2

export MCP_SDK_DIR="$SDK_DIR"
export JANITOR_DLL="${JANITOR_DLL:-$ROOT/src/JanitorVideo.Server/bin/Release/net10.0/janitor-video.dll}"
export SAMPLE_IMAGE="$ROOT/samples/art/druid.png"
export TS_CLIENT_OUT="${TS_CLIENT_OUT:-$ROOT/artifacts/ts-client}"
mkdir -p "$TS_CLIENT_OUT"
echo "[ts-client] node $("$NODE_BIN" --version), @modelcontextprotocol/sdk $MCP_SDK_VERSION, server $JANITOR_DLL, logs in $TS_CLIENT_OUT" >&2

rc=0
timeout --kill-after=10 "${TS_CLIENT_TIMEOUT:-1200}" "$NODE_BIN" "$ROOT/tests/ts-client/client.mjs" || rc=$?
if [[ $rc -eq 124 || $rc -eq 137 ]]; then
  echo "FAIL ts-client: timed out after ${TS_CLIENT_TIMEOUT:-1200}s"
  echo "ts-client: 0 passed, 1 failed"
fi
exit $rc
