#!/usr/bin/env bash
# Prints the MCP server's figures: stdio spawn → initialize, and the tools/list round trip.
# Other modes (see bench/JanitorVideo.Bench/Program.cs): list-tools, frames, studio-load, and
# upload [--runs N]: a video just under 200 MB through the cloud client to a studio on loopback,
# the server's peak memory above idle against the 100 MB goal, with upload time and throughput;
# reexport [--runs N]: a 5 s 1080x1920 clip exported once, then N times unchanged: the median
# re-export (handed out from the kept clips, no render) against its 100 ms goal, next to the first.
# studio-abuse [--runs N] [--flooders N] [--flood-seconds S]: `janitor-video studio` over HTTP, a fresh
# one per phase: N clients' normal run (default 16), N clients (default 8) flooding render submits for
# S s (default 45) beside a ninth that edits (goal: its normal edit latency), then the hostile-input
# suite (goal: the studio's RSS within 1.5x of the normal run's). Takes several minutes on 2 cores.
# export-path [--runs N] [--sizes 0] [--memory]: the export tool of a warm server against the
# encoder's floor, with each export's phases (scripts/bench-export.sh runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build JanitorVideo.sln -c Release -nologo -v quiet -clp:ErrorsOnly >&2
dotnet bench/JanitorVideo.Bench/bin/Release/net10.0/JanitorVideo.Bench.dll "${@:-all}"
