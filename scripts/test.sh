#!/usr/bin/env bash
# The README's test command (and CI's): installs what is missing, runs every test project, then the
# official MCP conformance suite against the server's HTTP transport on loopback, then the official
# TypeScript SDK client against the built server over stdio and HTTP (scripts/ts-client.sh).
# Closes with one line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/ensure-deps.sh --for-tests

dotnet build JanitorVideo.sln -c Release -nologo -v quiet -clp:ErrorsOnly

results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
set +e
dotnet test JanitorVideo.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" --logger "console;verbosity=minimal" 2>&1 | tee "$results/dotnet-test.log"
test_rc=${PIPESTATUS[0]}
set -e
# Sum the per-assembly summary lines: "Passed!  - Failed: 0, Passed: 67, Skipped: 0, Total: 67".
read -r unit_passed unit_failed < <(grep -E "^(Passed|Failed)! +- Failed:" "$results/dotnet-test.log" \
  | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+).*/\2 \1/' \
  | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
if [[ $test_rc -ne 0 && $unit_failed -eq 0 ]]; then unit_failed=1; fi

# Conformance: the server on a free loopback port, the suite against it.
data=$(mktemp -d)
log="$results/http-server.log"
JANITOR_DATA_DIR="$data" dotnet src/JanitorVideo.Server/bin/Release/net10.0/janitor-video.dll http --port 0 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
url=""
for _ in $(seq 1 120); do
  url=$(grep -oE "listening on http://127\.0\.0\.1:[0-9]+/mcp" "$log" | head -n1 | sed 's/listening on //') || true
  [[ -n "$url" ]] && break
  kill -0 $server 2>/dev/null || break
  sleep 0.5
done
conf_passed=0; conf_failed=1
if [[ -n "$url" ]]; then
  set +e
  ROOT="$root" CONFORMANCE_OUT="$results/conformance" scripts/conformance.sh "$url" | tee "$results/conformance.log"
  set -e
  line=$(grep -E "^conformance: [0-9]+ passed, [0-9]+ failed" "$results/conformance.log" | tail -n1 || true)
  if [[ -n "$line" ]]; then
    conf_passed=$(sed -E 's/^conformance: ([0-9]+) passed.*/\1/' <<<"$line")
    conf_failed=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
  fi
else
  echo "the HTTP server did not start; its log:" >&2
  cat "$log" >&2
fi

# The official TypeScript SDK client (the one inside most agent hosts) against the built server over
# stdio and HTTP: it starts and stops its own servers.
ts_passed=0; ts_failed=1
set +e
ROOT="$root" TS_CLIENT_OUT="$results/ts-client" scripts/ts-client.sh | tee "$results/ts-client.log"
set -e
line=$(grep -E "^ts-client: [0-9]+ passed, [0-9]+ failed" "$results/ts-client.log" | tail -n1 || true)
if [[ -n "$line" ]]; then
  ts_passed=$(sed -E 's/^ts-client: ([0-9]+) passed.*/\1/' <<<"$line")
  ts_failed=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
fi

passed=$((unit_passed + conf_passed + ts_passed)); failed=$((unit_failed + conf_failed + ts_failed))
echo "unit and integration: $unit_passed passed, $unit_failed failed; conformance scenarios: $conf_passed passed, $conf_failed failed; TypeScript client checks: $ts_passed passed, $ts_failed failed"
echo "tests: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
