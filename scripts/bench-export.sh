#!/usr/bin/env bash
# The export path benchmark (issue 12): what users wait on, the `export` tool of a warm MCP server
# over stdio, against the encoder's floor measured in the same run. Prints figures; asserts nothing.
#   a 5 s 1080x1920 clip (push-in, sparkles, a title, ambient music): one warm-up export, then N
#   (--runs N, default 5) rounds of a title change and an export, each timed on the client; for each exported
#   MP4 the floor (FFmpeg encoding exactly its frames from raw yuv420p in RAM, veryfast CRF 20, as
#   scripts/bench-render.sh does) and the export's phases, read from the server's log (queue,
#   decode, scene, frames, encoder flush, verify, previews, download, inspection, copy, the tool's
#   own overhead); the median export/floor against the 1.5 goal (stretch 1.3), and the first export
#   after start-up against the warm ones. Beside the phases, the CPU seconds each export cost the server's
#   own threads and its FFmpeg children, and the floor's FFmpeg (from /proc/<pid>/stat).
#   Then a 30 s 1080x1920 and a 5 s 1080x1080 clip (3 runs each); --sizes 0 skips them.
#   --long-only: only the 30 s clip, N runs (two builds compared: run each in turn, --server DLL for the other).
#   --memory: the server's resident memory after 2 and after 20 exports (goal: at most 1.2x).
#   --r2r: the server as scripts/publish.sh builds it (ReadyToRun) instead of the Release build.
# Usage: scripts/bench-export.sh [--runs N] [--sizes 0] [--memory] [--long-only] [--r2r] [--server DLL]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
dotnet build JanitorVideo.sln -c Release -nologo -v quiet -clp:ErrorsOnly >&2
args=()
server=()
for arg in "$@"; do
  if [ "$arg" = "--r2r" ]; then server=(--server "$(dirname "$(scripts/publish.sh)")/janitor-video.dll"); else args+=("$arg"); fi
done
dotnet bench/JanitorVideo.Bench/bin/Release/net10.0/JanitorVideo.Bench.dll export-path "${args[@]}" "${server[@]}"
