#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, starts the MCP server over stdio
# the way Cursor or Claude would, lists its five tools and calls one.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
dotnet build JanitorVideo.sln -c Release -nologo -v quiet -clp:ErrorsOnly >&2
dotnet bench/JanitorVideo.Bench/bin/Release/net10.0/JanitorVideo.Bench.dll list-tools
