#!/usr/bin/env bash
# Prints the MCP server's figures: stdio spawn → initialize, and the tools/list round trip.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build JanitorVideo.sln -c Release -nologo -v quiet -clp:ErrorsOnly >&2
dotnet bench/JanitorVideo.Bench/bin/Release/net10.0/JanitorVideo.Bench.dll "${@:-all}"
