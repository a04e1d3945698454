#!/usr/bin/env bash
# Builds the janitor-video command for this machine: Release, ReadyToRun (precompiled, so a one-shot
# render does not spend its first second in the JIT), into artifacts/janitor-video/.
# Prints the path of the executable. The other way it ships, the NuGet tool package that
# `dnx JanitorVideo` runs, is `dotnet pack src/JanitorVideo.Server -c Release` (README, "Install in
# your agent host").
set -euo pipefail
cd "$(dirname "$0")/.."
rid=linux-x64
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; esac
dotnet publish src/JanitorVideo.Server -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o artifacts/janitor-video -nologo -v quiet -clp:ErrorsOnly >&2
echo "$(pwd)/artifacts/janitor-video/janitor-video"
